import { createDubberClient } from "@apispec/dubber";
import { updateNotification } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Update a notification.
// The same call by path: dubber.PUT("/notifications/{notification_id}", init)
const { data, error, status } = await updateNotification(dubber, {
  params: {
    path: {
      notification_id: "123456",
    },
  },
  body: {
    post_url: "https://hooks2.acme.com/dubber",
  },
});
if (error) throw new Error(`updateNotification failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { getNotification } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get a notification.
// The same call by path: dubber.GET("/notifications/{notification_id}", init)
const { data, error, status } = await getNotification(dubber, {
  params: {
    path: {
      notification_id: "123456",
    },
  },
});
if (error) throw new Error(`getNotification failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { deleteNotification } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Delete a notification.
// The same call by path: dubber.DELETE("/notifications/{notification_id}", init)
const { data, error, status } = await deleteNotification(dubber, {
  params: {
    path: {
      notification_id: "123456",
    },
  },
});
if (error) throw new Error(`deleteNotification failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Delete a notification
const { data, error, status } = await dubber.DELETE("/notifications/{notification_id}", {
  params: {
    path: {
      notification_id: "123456",
    },
  },
});
if (error) throw new Error(`deleteNotification failed with HTTP ${status}`);
console.log(data);

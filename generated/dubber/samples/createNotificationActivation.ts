import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Activate a notification
const { data, error, status } = await dubber.POST("/notifications/{notification_id}/activate", {
  params: {
    path: {
      notification_id: "123456",
    },
    header: {
      "X-Hook-Secret": "0f3c2a9e6b7d4c1a",
    },
  },
  body: {},
});
if (error) throw new Error(`createNotificationActivation failed with HTTP ${status}`);
console.log(data);

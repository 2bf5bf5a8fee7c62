import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Update a notification
const { data, error, status } = await dubber.PUT("/notifications/{notification_id}", {
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

import { createDubberClient } from "@apispec/dubber";
import { createNotificationActivation } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Activate a notification.
// The same call by path: dubber.POST("/notifications/{notification_id}/activate", init)
const { data, error, status } = await createNotificationActivation(dubber, {
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

import { createDubberClient } from "@apispec/dubber";
import { getUnclaimedNotification } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Release a notification's unclaimed messages.
// The same call by path: dubber.GET("/notifications/{notification_id}/unclaimed", init)
const { data, error, status } = await getUnclaimedNotification(dubber, {
  params: {
    path: {
      notification_id: "123456",
    },
  },
});
if (error) throw new Error(`getUnclaimedNotification failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { createGroupNotification } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Create a notification for a group.
// The same call by path: dubber.POST("/groups/{group_id}/notifications", init)
const { data, error, status } = await createGroupNotification(dubber, {
  params: {
    path: {
      group_id: "acme-partner",
    },
  },
  body: {
    post_url: "https://hooks.acme.com/dubber",
    event_type: "recording.create",
    include_data: true,
  },
});
if (error) throw new Error(`createGroupNotification failed with HTTP ${status}`);
console.log(data);

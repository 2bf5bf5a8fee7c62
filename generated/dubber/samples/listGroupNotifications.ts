import { createDubberClient } from "@apispec/dubber";
import { listGroupNotifications } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// List the notifications of a group.
// The same call by path: dubber.GET("/groups/{group_id}/notifications", init)
const { data, error, status } = await listGroupNotifications(dubber, {
  params: {
    path: {
      group_id: "acme-partner",
    },
  },
});
if (error) throw new Error(`listGroupNotifications failed with HTTP ${status}`);
console.log(data);

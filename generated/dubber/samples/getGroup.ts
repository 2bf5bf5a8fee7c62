import { createDubberClient } from "@apispec/dubber";
import { getGroup } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get a group.
// The same call by path: dubber.GET("/groups/{group_id}", init)
const { data, error, status } = await getGroup(dubber, {
  params: {
    path: {
      group_id: "acme-partner",
    },
  },
});
if (error) throw new Error(`getGroup failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Get a group
const { data, error, status } = await dubber.GET("/groups/{group_id}", {
  params: {
    path: {
      group_id: "acme-partner",
    },
  },
});
if (error) throw new Error(`getGroup failed with HTTP ${status}`);
console.log(data);

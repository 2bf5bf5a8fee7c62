import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Revoke a token
const { data, error, status } = await dubber.POST("/revoke", {
  body: {
    token: "4g35nq6kah5mhcv35fxt6apc",
    client_id: "<Mashery_Client_ID>",
  },
});
if (error) throw new Error(`revokeToken failed with HTTP ${status}`);
console.log(data);

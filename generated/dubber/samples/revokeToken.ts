import { createDubberClient } from "@apispec/dubber";
import { revokeToken } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Revoke a token.
// The same call by path: dubber.POST("/revoke", init)
const { data, error, status } = await revokeToken(dubber, {
  body: {
    token: "4g35nq6kah5mhcv35fxt6apc",
    client_id: "<Mashery_Client_ID>",
  },
});
if (error) throw new Error(`revokeToken failed with HTTP ${status}`);
console.log(data);

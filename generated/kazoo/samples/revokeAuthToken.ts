import { createKazooClient } from "@apispec/kazoo";
import { revokeAuthToken } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Revoke an auth token.
// The same call by path: kazoo.DELETE("/token_auth", init)
const { data, error, status } = await revokeAuthToken(kazoo);
if (error) throw new Error(`revokeAuthToken failed with HTTP ${status}`);
console.log(data);

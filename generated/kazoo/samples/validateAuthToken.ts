import { createKazooClient } from "@apispec/kazoo";
import { validateAuthToken } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Check an auth token.
// The same call by path: kazoo.GET("/token_auth", init)
const { data, error, status } = await validateAuthToken(kazoo);
if (error) throw new Error(`validateAuthToken failed with HTTP ${status}`);
console.log(data);

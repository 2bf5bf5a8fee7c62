import { createKazooClient } from "@apispec/kazoo";
import { loginApiKey } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Log in with an account API key.
// The same call by path: kazoo.PUT("/api_auth", init)
const { data, error, status } = await loginApiKey(kazoo, {
  body: {
    api_key: "4f6c3b2a19e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221100ffee",
  },
});
if (error) throw new Error(`loginApiKey failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { listAuthKeys } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the JWT signing keys.
// The same call by path: kazoo.GET("/auth/keys", init)
const { data, error, status } = await listAuthKeys(kazoo);
if (error) throw new Error(`listAuthKeys failed with HTTP ${status}`);
console.log(data);

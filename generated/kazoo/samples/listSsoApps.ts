import { createKazooClient } from "@apispec/kazoo";
import { listSsoApps } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the reseller's SSO applications.
// The same call by path: kazoo.GET("/auth/apps", init)
const { data, error, status } = await listSsoApps(kazoo);
if (error) throw new Error(`listSsoApps failed with HTTP ${status}`);
console.log(data);

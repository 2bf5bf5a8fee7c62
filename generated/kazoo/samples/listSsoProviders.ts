import { createKazooClient } from "@apispec/kazoo";
import { listSsoProviders } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List SSO providers.
// The same call by path: kazoo.GET("/auth/providers", init)
const { data, error, status } = await listSsoProviders(kazoo);
if (error) throw new Error(`listSsoProviders failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { listSsoLinks } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the user's linked SSO identities.
// The same call by path: kazoo.GET("/auth/links", init)
const { data, error, status } = await listSsoLinks(kazoo);
if (error) throw new Error(`listSsoLinks failed with HTTP ${status}`);
console.log(data);

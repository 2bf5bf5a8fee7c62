import { createKazooClient } from "@apispec/kazoo";
import { listDescendantPortRequests } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the port requests of an account's sub-accounts.
// The same call by path: kazoo.GET("/accounts/{account_id}/descendants/port_requests", init)
const { data, error, status } = await listDescendantPortRequests(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
});
if (error) throw new Error(`listDescendantPortRequests failed with HTTP ${status}`);
console.log(data);

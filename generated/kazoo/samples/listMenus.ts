import { createKazooClient } from "@apispec/kazoo";
import { listMenus } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List menus.
// The same call by path: kazoo.GET("/accounts/{account_id}/menus", init)
const { data, error, status } = await listMenus(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
});
if (error) throw new Error(`listMenus failed with HTTP ${status}`);
console.log(data);

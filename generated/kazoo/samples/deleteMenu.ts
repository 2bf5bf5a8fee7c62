import { createKazooClient } from "@apispec/kazoo";
import { deleteMenu } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Delete a menu.
// The same call by path: kazoo.DELETE("/accounts/{account_id}/menus/{menu_id}", init)
const { data, error, status } = await deleteMenu(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      menu_id: "2c4e6a8b0d1f43a5b7c9e1d3f5a7b9c1",
    },
  },
});
if (error) throw new Error(`deleteMenu failed with HTTP ${status}`);
console.log(data);

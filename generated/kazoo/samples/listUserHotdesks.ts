import { createKazooClient } from "@apispec/kazoo";
import { listUserHotdesks } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the devices a user is hotdesked into.
// The same call by path: kazoo.GET("/accounts/{account_id}/users/{user_id}/hotdesks", init)
const { data, error, status } = await listUserHotdesks(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      user_id: "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9",
    },
  },
});
if (error) throw new Error(`listUserHotdesks failed with HTTP ${status}`);
console.log(data);

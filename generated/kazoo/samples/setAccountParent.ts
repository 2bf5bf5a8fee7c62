import { createKazooClient } from "@apispec/kazoo";
import { setAccountParent } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Move an account to another parent.
// The same call by path: kazoo.POST("/accounts/{account_id}/move", init)
const { data, error, status } = await setAccountParent(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    to: "9a8b7c6d5e4f40312a1b2c3d4e5f6a7b",
  },
});
if (error) throw new Error(`setAccountParent failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { patchAccount } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Patch an account document.
// The same call by path: kazoo.PATCH("/accounts/{account_id}", init)
const { data, error, status } = await patchAccount(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    some_key: "some_value",
  },
});
if (error) throw new Error(`patchAccount failed with HTTP ${status}`);
console.log(data);

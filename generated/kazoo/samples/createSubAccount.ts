import { createKazooClient } from "@apispec/kazoo";
import { createSubAccount } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a sub-account.
// The same call by path: kazoo.PUT("/accounts/{account_id}", init)
const { data, error, status } = await createSubAccount(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    name: "child account",
  },
});
if (error) throw new Error(`createSubAccount failed with HTTP ${status}`);
console.log(data);

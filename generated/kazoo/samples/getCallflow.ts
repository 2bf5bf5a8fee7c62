import { createKazooClient } from "@apispec/kazoo";
import { getCallflow } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get a callflow.
// The same call by path: kazoo.GET("/accounts/{account_id}/callflows/{callflow_id}", init)
const { data, error, status } = await getCallflow(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      callflow_id: "5c9a1b2c3d4e4f60718293a4b5c6d7e8",
    },
  },
});
if (error) throw new Error(`getCallflow failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { loginWithResetId } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Complete a password reset.
// The same call by path: kazoo.POST("/user_auth/recovery", init)
const { data, error, status } = await loginWithResetId(kazoo, {
  body: {
    reset_id: "3d2f7a91bc044e8da6b19f0c2e577a41c2017403a1e9b5d4f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b",
  },
});
if (error) throw new Error(`loginWithResetId failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { createAccountSignatureSecret } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Reset the signature secret of an account.
// The same call by path: kazoo.PUT("/accounts/{account_id}/auth", init)
const { data, error, status } = await createAccountSignatureSecret(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    action: "reset_signature_secret",
    data: {},
  },
});
if (error) throw new Error(`createAccountSignatureSecret failed with HTTP ${status}`);
console.log(data);

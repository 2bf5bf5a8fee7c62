import { createKazooClient } from "@apispec/kazoo";
import { createAuthKey } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Reset a JWT signing key.
// The same call by path: kazoo.PUT("/auth/keys/{key_id}", init)
const { data, error, status } = await createAuthKey(kazoo, {
  params: {
    path: {
      key_id: "96247ed90b4bec8294c09ae6ece923a2",
    },
  },
  body: {
    action: "reset_private_key",
    data: {},
  },
});
if (error) throw new Error(`createAuthKey failed with HTTP ${status}`);
console.log(data);

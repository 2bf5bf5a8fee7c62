import { createKazooClient } from "@apispec/kazoo";
import { getAuthKey } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get a JWT signing key's public key.
// The same call by path: kazoo.GET("/auth/keys/{key_id}", init)
const { data, error, status } = await getAuthKey(kazoo, {
  params: {
    path: {
      key_id: "96247ed90b4bec8294c09ae6ece923a2",
    },
  },
});
if (error) throw new Error(`getAuthKey failed with HTTP ${status}`);
console.log(data);

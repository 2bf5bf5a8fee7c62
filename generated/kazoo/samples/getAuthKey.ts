import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Get a JWT signing key's public key
const { data, error, status } = await kazoo.GET("/auth/keys/{key_id}", {
  params: {
    path: {
      key_id: "96247ed90b4bec8294c09ae6ece923a2",
    },
  },
});
if (error) throw new Error(`getAuthKey failed with HTTP ${status}`);
console.log(data);

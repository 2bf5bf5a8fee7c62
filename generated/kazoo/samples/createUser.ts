import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Create a user
const { data, error, status } = await kazoo.PUT("/accounts/{account_id}/users", {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    first_name: "User",
    last_name: "Three",
  },
});
if (error) throw new Error(`createUser failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Create an account under the authenticated account
const { data, error, status } = await kazoo.PUT("/accounts", {
  body: {
    name: "child account",
  },
});
if (error) throw new Error(`createAccount failed with HTTP ${status}`);
console.log(data);

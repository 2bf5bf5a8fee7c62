import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Search accounts in several views at once
const { data, error, status } = await kazoo.GET("/search/multi", {
  params: {
    query: {
      t: "account",
    },
  },
});
if (error) throw new Error(`searchAccountsMulti failed with HTTP ${status}`);
console.log(data);

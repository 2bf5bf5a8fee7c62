import { createKazooClient } from "@apispec/kazoo";
import { searchAccounts } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Search accounts.
// The same call by path: kazoo.GET("/search", init)
const { data, error, status } = await searchAccounts(kazoo, {
  params: {
    query: {
      t: "account",
      q: "name",
      v: "nat",
    },
  },
});
if (error) throw new Error(`searchAccounts failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { searchAccountsMulti } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Search accounts in several views at once.
// The same call by path: kazoo.GET("/search/multi", init)
const { data, error, status } = await searchAccountsMulti(kazoo, {
  params: {
    query: {
      t: "account",
    },
  },
});
if (error) throw new Error(`searchAccountsMulti failed with HTTP ${status}`);
console.log(data);

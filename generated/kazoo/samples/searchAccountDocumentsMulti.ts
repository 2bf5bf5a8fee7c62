import { createKazooClient } from "@apispec/kazoo";
import { searchAccountDocumentsMulti } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Search an account's documents in several views at once.
// The same call by path: kazoo.GET("/accounts/{account_id}/search/multi", init)
const { data, error, status } = await searchAccountDocumentsMulti(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
    query: {
      t: "user",
    },
  },
});
if (error) throw new Error(`searchAccountDocumentsMulti failed with HTTP ${status}`);
console.log(data);

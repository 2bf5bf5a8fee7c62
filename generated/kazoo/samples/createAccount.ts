import { createKazooClient } from "@apispec/kazoo";
import { createAccount } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create an account under the authenticated account.
// The same call by path: kazoo.PUT("/accounts", init)
const { data, error, status } = await createAccount(kazoo, {
  body: {
    name: "child account",
  },
});
if (error) throw new Error(`createAccount failed with HTTP ${status}`);
console.log(data);

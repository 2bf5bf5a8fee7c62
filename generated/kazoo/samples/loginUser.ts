import { createKazooClient } from "@apispec/kazoo";
import { loginUser } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Log in with user credentials.
// The same call by path: kazoo.PUT("/user_auth", init)
const { data, error, status } = await loginUser(kazoo, {
  body: {
    credentials: "82a2dc91686ec828a67152d45a5c5ef7",
    account_name: "My Awesome Office",
    method: "md5",
  },
});
if (error) throw new Error(`loginUser failed with HTTP ${status}`);
console.log(data);

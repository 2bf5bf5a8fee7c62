import { createKazooClient } from "@apispec/kazoo";
import { refreshAuthToken } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Refresh the auth token, or reset the system signature secret.
// The same call by path: kazoo.PUT("/auth", init)
const { data, error, status } = await refreshAuthToken(kazoo, {
  body: {
    action: "refresh_token",
    data: {},
  },
});
if (error) throw new Error(`refreshAuthToken failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { deleteSsoProvider } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Delete an SSO provider.
// The same call by path: kazoo.DELETE("/auth/providers/{provider_id}", init)
const { data, error, status } = await deleteSsoProvider(kazoo, {
  params: {
    path: {
      provider_id: "google",
    },
  },
});
if (error) throw new Error(`deleteSsoProvider failed with HTTP ${status}`);
console.log(data);

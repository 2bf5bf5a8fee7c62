import { createKazooClient } from "@apispec/kazoo";
import { updateSsoProvider } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Save an SSO provider.
// The same call by path: kazoo.POST("/auth/providers/{provider_id}", init)
const { data, error, status } = await updateSsoProvider(kazoo, {
  params: {
    path: {
      provider_id: "google",
    },
  },
});
if (error) throw new Error(`updateSsoProvider failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { getSsoProvider } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get an SSO provider.
// The same call by path: kazoo.GET("/auth/providers/{provider_id}", init)
const { data, error, status } = await getSsoProvider(kazoo, {
  params: {
    path: {
      provider_id: "google",
    },
  },
});
if (error) throw new Error(`getSsoProvider failed with HTTP ${status}`);
console.log(data);

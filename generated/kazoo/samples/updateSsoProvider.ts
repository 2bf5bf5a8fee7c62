import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Save an SSO provider
const { data, error, status } = await kazoo.POST("/auth/providers/{provider_id}", {
  params: {
    path: {
      provider_id: "google",
    },
  },
});
if (error) throw new Error(`updateSsoProvider failed with HTTP ${status}`);
console.log(data);

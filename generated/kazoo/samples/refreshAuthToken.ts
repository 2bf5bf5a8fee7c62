import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Refresh the auth token, or reset the system signature secret
const { data, error, status } = await kazoo.PUT("/auth", {
  body: {
    action: "refresh_token",
    data: {},
  },
});
if (error) throw new Error(`refreshAuthToken failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Save an SSO application
const { data, error, status } = await kazoo.POST("/auth/apps/{app_id}", {
  params: {
    path: {
      app_id: "iamatestclientid.apps.googleusercontent.com",
    },
  },
});
if (error) throw new Error(`updateSsoApp failed with HTTP ${status}`);
console.log(data);

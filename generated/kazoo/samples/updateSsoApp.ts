import { createKazooClient } from "@apispec/kazoo";
import { updateSsoApp } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Save an SSO application.
// The same call by path: kazoo.POST("/auth/apps/{app_id}", init)
const { data, error, status } = await updateSsoApp(kazoo, {
  params: {
    path: {
      app_id: "iamatestclientid.apps.googleusercontent.com",
    },
  },
});
if (error) throw new Error(`updateSsoApp failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { getSsoApp } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get an SSO application.
// The same call by path: kazoo.GET("/auth/apps/{app_id}", init)
const { data, error, status } = await getSsoApp(kazoo, {
  params: {
    path: {
      app_id: "iamatestclientid.apps.googleusercontent.com",
    },
  },
});
if (error) throw new Error(`getSsoApp failed with HTTP ${status}`);
console.log(data);

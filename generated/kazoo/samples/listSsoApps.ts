import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the reseller's SSO applications
const { data, error, status } = await kazoo.GET("/auth/apps");
if (error) throw new Error(`listSsoApps failed with HTTP ${status}`);
console.log(data);

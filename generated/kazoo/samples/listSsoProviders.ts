import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List SSO providers
const { data, error, status } = await kazoo.GET("/auth/providers");
if (error) throw new Error(`listSsoProviders failed with HTTP ${status}`);
console.log(data);

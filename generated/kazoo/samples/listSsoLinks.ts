import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the user's linked SSO identities
const { data, error, status } = await kazoo.GET("/auth/links");
if (error) throw new Error(`listSsoLinks failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the JWT signing keys
const { data, error, status } = await kazoo.GET("/auth/keys");
if (error) throw new Error(`listAuthKeys failed with HTTP ${status}`);
console.log(data);

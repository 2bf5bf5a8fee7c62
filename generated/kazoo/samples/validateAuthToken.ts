import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Check an auth token
const { data, error, status } = await kazoo.GET("/token_auth");
if (error) throw new Error(`validateAuthToken failed with HTTP ${status}`);
console.log(data);

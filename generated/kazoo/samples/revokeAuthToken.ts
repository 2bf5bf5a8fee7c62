import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Revoke an auth token
const { data, error, status } = await kazoo.DELETE("/token_auth");
if (error) throw new Error(`revokeAuthToken failed with HTTP ${status}`);
console.log(data);

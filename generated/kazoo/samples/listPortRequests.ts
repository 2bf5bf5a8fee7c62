import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the port requests you manage
const { data, error, status } = await kazoo.GET("/port_requests");
if (error) throw new Error(`listPortRequests failed with HTTP ${status}`);
console.log(data);

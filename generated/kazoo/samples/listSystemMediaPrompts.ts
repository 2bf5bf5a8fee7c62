import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the prompts of the system and their translation counts
const { data, error, status } = await kazoo.GET("/media/prompts");
if (error) throw new Error(`listSystemMediaPrompts failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the languages of system media
const { data, error, status } = await kazoo.GET("/media/languages");
if (error) throw new Error(`listSystemMediaLanguages failed with HTTP ${status}`);
console.log(data);

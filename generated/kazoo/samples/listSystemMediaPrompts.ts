import { createKazooClient } from "@apispec/kazoo";
import { listSystemMediaPrompts } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the prompts of the system and their translation counts.
// The same call by path: kazoo.GET("/media/prompts", init)
const { data, error, status } = await listSystemMediaPrompts(kazoo);
if (error) throw new Error(`listSystemMediaPrompts failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { listSystemMediaLanguages } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the languages of system media.
// The same call by path: kazoo.GET("/media/languages", init)
const { data, error, status } = await listSystemMediaLanguages(kazoo);
if (error) throw new Error(`listSystemMediaLanguages failed with HTTP ${status}`);
console.log(data);

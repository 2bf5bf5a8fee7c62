import { createKazooClient } from "@apispec/kazoo";
import { listSystemMedia } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List system media.
// The same call by path: kazoo.GET("/media", init)
const { data, error, status } = await listSystemMedia(kazoo);
if (error) throw new Error(`listSystemMedia failed with HTTP ${status}`);
console.log(data);

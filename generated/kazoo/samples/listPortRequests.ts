import { createKazooClient } from "@apispec/kazoo";
import { listPortRequests } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the port requests you manage.
// The same call by path: kazoo.GET("/port_requests", init)
const { data, error, status } = await listPortRequests(kazoo);
if (error) throw new Error(`listPortRequests failed with HTTP ${status}`);
console.log(data);

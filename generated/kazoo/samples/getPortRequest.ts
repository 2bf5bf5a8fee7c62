import { createKazooClient } from "@apispec/kazoo";
import { getPortRequest } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get a port request.
// The same call by path: kazoo.GET("/accounts/{account_id}/port_requests/{port_request_id}", init)
const { data, error, status } = await getPortRequest(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      port_request_id: "462da37f8be11e46161fb40bc71173a9",
    },
  },
});
if (error) throw new Error(`getPortRequest failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { createPortRequest } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a port request.
// The same call by path: kazoo.PUT("/accounts/{account_id}/port_requests", init)
const { data, error, status } = await createPortRequest(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    numbers: {
      "+12025559000": {},
    },
    name: "Porting 202.555.9000",
  },
});
if (error) throw new Error(`createPortRequest failed with HTTP ${status}`);
console.log(data);

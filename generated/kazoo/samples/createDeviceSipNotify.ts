import { createKazooClient } from "@apispec/kazoo";
import { createDeviceSipNotify } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Send a SIP NOTIFY to a device.
// The same call by path: kazoo.PUT("/accounts/{account_id}/devices/{device_id}", init)
const { data, error, status } = await createDeviceSipNotify(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      device_id: "4f3330e78e664bb57f8fb23fbaac2429",
    },
  },
  body: {
    action: "notify",
    data: {
      event: "check-sync",
    },
  },
});
if (error) throw new Error(`createDeviceSipNotify failed with HTTP ${status}`);
console.log(data);

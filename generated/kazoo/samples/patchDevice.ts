import { createKazooClient } from "@apispec/kazoo";
import { patchDevice } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Patch a device document.
// The same call by path: kazoo.PATCH("/accounts/{account_id}/devices/{device_id}", init)
const { data, error, status } = await patchDevice(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      device_id: "4f3330e78e664bb57f8fb23fbaac2429",
    },
  },
  body: {
    presence_id: "dis_my_device",
  },
});
if (error) throw new Error(`patchDevice failed with HTTP ${status}`);
console.log(data);

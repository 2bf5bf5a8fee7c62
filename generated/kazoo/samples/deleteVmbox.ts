import { createKazooClient } from "@apispec/kazoo";
import { deleteVmbox } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Delete a voicemail box.
// The same call by path: kazoo.DELETE("/accounts/{account_id}/vmboxes/{vmbox_id}", init)
const { data, error, status } = await deleteVmbox(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      vmbox_id: "3a63acc3694ba189947235ae4727941b",
    },
  },
});
if (error) throw new Error(`deleteVmbox failed with HTTP ${status}`);
console.log(data);

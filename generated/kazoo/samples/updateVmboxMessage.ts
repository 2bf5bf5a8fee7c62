import { createKazooClient } from "@apispec/kazoo";
import { updateVmboxMessage } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Move or copy a message.
// The same call by path: kazoo.POST("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}", init)
const { data, error, status } = await updateVmboxMessage(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      vmbox_id: "3a63acc3694ba189947235ae4727941b",
      message_id: "201605-6aadef09f6fcf5fd8bcdfca312e923ba",
    },
  },
  body: {
    folder: "saved",
  },
});
if (error) throw new Error(`updateVmboxMessage failed with HTTP ${status}`);
console.log(data);

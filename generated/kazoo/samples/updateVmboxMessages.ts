import { createKazooClient } from "@apispec/kazoo";
import { updateVmboxMessages } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Move or copy several messages.
// The same call by path: kazoo.POST("/accounts/{account_id}/vmboxes/{vmbox_id}/messages", init)
const { data, error, status } = await updateVmboxMessages(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      vmbox_id: "3a63acc3694ba189947235ae4727941b",
    },
  },
  body: {
    folder: "saved",
    messages: [
      "201605-6aadef09f6fcf5fd8bcdfca312e923ba",
      "201605-f0c3c16551a5ff7b5753a381892e2e01",
      "201605-49be0985ea3a33046f8073083517d27b",
    ],
  },
});
if (error) throw new Error(`updateVmboxMessages failed with HTTP ${status}`);
console.log(data);

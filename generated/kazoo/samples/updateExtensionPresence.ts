import { createKazooClient } from "@apispec/kazoo";
import { updateExtensionPresence } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Reset the presence state of an extension.
// The same call by path: kazoo.POST("/accounts/{account_id}/presence/{extension}", init)
const { data, error, status } = await updateExtensionPresence(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      extension: "*3101",
    },
  },
});
if (error) throw new Error(`updateExtensionPresence failed with HTTP ${status}`);
console.log(data);

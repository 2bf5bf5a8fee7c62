import { createKazooClient } from "@apispec/kazoo";
import { createMenu } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a menu.
// The same call by path: kazoo.PUT("/accounts/{account_id}/menus", init)
const { data, error, status } = await createMenu(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    name: "Main Menu",
    media: {
      greeting: "3c1e5a7b9d0f42a4b6c8e0d2f4a6b8c0",
      invalid_media: true,
      transfer_media: true,
      exit_media: true,
    },
    retries: 3,
    timeout: 10000,
    interdigit_timeout: 2000,
    max_extension_length: 4,
    hunt: true,
    hunt_allow: "^[1-2][0-9]{3}$",
  },
});
if (error) throw new Error(`createMenu failed with HTTP ${status}`);
console.log(data);

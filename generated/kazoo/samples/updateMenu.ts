import { createKazooClient } from "@apispec/kazoo";
import { updateMenu } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a menu.
// The same call by path: kazoo.POST("/accounts/{account_id}/menus/{menu_id}", init)
const { data, error, status } = await updateMenu(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      menu_id: "2c4e6a8b0d1f43a5b7c9e1d3f5a7b9c1",
    },
  },
  body: {
    name: "Main Menu",
    media: {
      greeting: "3c1e5a7b9d0f42a4b6c8e0d2f4a6b8c0",
      invalid_media: true,
      transfer_media: false,
      exit_media: "/system_media/vm-goodbye",
    },
    retries: 2,
    timeout: 8000,
    interdigit_timeout: 2000,
    max_extension_length: 4,
    hunt: true,
    hunt_allow: "^[1-2][0-9]{3}$",
    record_pin: "1234",
  },
});
if (error) throw new Error(`updateMenu failed with HTTP ${status}`);
console.log(data);

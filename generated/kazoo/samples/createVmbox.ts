import { createKazooClient } from "@apispec/kazoo";
import { createVmbox } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a voicemail box.
// The same call by path: kazoo.PUT("/accounts/{account_id}/vmboxes", init)
const { data, error, status } = await createVmbox(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    name: "VMBox 0",
    require_pin: true,
    is_setup: false,
    pin: "0000",
    mailbox: "3000",
    timezone: "America/Los_Angeles",
    check_if_owner: true,
    delete_after_notify: false,
    not_configurable: false,
    notify_email_addresses: [],
    save_after_notify: false,
    skip_greeting: false,
    skip_instructions: false,
    owner_id: "f1d98a5df729f95cd208ee9430e3b21b",
    media: {},
  },
});
if (error) throw new Error(`createVmbox failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { updateUser } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a user document.
// The same call by path: kazoo.POST("/accounts/{account_id}/users/{user_id}", init)
const { data, error, status } = await updateUser(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      user_id: "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9",
    },
  },
  body: {
    first_name: "User",
    last_name: "Three",
    call_restriction: {},
    caller_id: {},
    contact_list: {},
    dial_plan: {},
    enabled: false,
    hotdesk: {
      enabled: false,
      keep_logged_in_elsewhere: false,
      require_pin: false,
    },
    media: {
      audio: {
        codecs: [
          "PCMU",
        ],
      },
      encryption: {
        enforce_security: false,
        methods: [],
      },
      video: {
        codecs: [],
      },
    },
    music_on_hold: {},
    priv_level: "user",
    profile: {},
    require_password_update: false,
    ringtones: {},
    verified: false,
    vm_to_email_enabled: true,
  },
});
if (error) throw new Error(`updateUser failed with HTTP ${status}`);
console.log(data);

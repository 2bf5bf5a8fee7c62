import { createKazooClient } from "@apispec/kazoo";
import { updateDevice } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a device document.
// The same call by path: kazoo.POST("/accounts/{account_id}/devices/{device_id}", init)
const { data, error, status } = await updateDevice(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      device_id: "4f3330e78e664bb57f8fb23fbaac2429",
    },
  },
  body: {
    name: "new device",
    call_restriction: {},
    caller_id: {},
    contact_list: {},
    dial_plan: {},
    enabled: true,
    exclude_from_queues: false,
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
    mwi_unsolicited_updates: true,
    register_overwrite_notify: false,
    ringtones: {},
    sip: {
      invite_format: "username",
      method: "password",
      registration_expiration: 300,
    },
    suppress_unregister_notifications: false,
    id: "4f3330e78e664bb57f8fb23fbaac2429",
  },
});
if (error) throw new Error(`updateDevice failed with HTTP ${status}`);
console.log(data);

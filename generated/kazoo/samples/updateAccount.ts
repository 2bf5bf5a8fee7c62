import { createKazooClient } from "@apispec/kazoo";
import { updateAccount } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace an account document.
// The same call by path: kazoo.POST("/accounts/{account_id}", init)
const { data, error, status } = await updateAccount(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    billing_mode: "manual",
    call_restriction: {},
    caller_id: {},
    created: 63621662701,
    dial_plan: {},
    enabled: true,
    is_reseller: false,
    language: "en-us",
    music_on_hold: {},
    name: "child account",
    preflow: {},
    realm: "aeac33.sip.2600hz.com",
    reseller_id: "undefined",
    ringtones: {},
    some_key: "some_value",
    superduper_admin: false,
    timezone: "America/Los_Angeles",
    wnm_allow_additions: false,
  },
});
if (error) throw new Error(`updateAccount failed with HTTP ${status}`);
console.log(data);

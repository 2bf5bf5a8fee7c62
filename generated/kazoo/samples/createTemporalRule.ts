import { createKazooClient } from "@apispec/kazoo";
import { createTemporalRule } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a temporal rule.
// The same call by path: kazoo.PUT("/accounts/{account_id}/temporal_rules", init)
const { data, error, status } = await createTemporalRule(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    time_window_start: 0,
    time_window_stop: 86400,
    days: [
      25,
    ],
    name: "Christmas",
    cycle: "yearly",
    start_date: 62586115200,
    month: 12,
    ordinal: "every",
    interval: 1,
  },
});
if (error) throw new Error(`createTemporalRule failed with HTTP ${status}`);
console.log(data);

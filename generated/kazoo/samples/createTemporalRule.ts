import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Create a temporal rule
const { data, error, status } = await kazoo.PUT("/accounts/{account_id}/temporal_rules", {
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

import { createKazooClient } from "@apispec/kazoo";
import { updateTemporalRule } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a temporal rule.
// The same call by path: kazoo.POST("/accounts/{account_id}/temporal_rules/{temporal_rule_id}", init)
const { data, error, status } = await updateTemporalRule(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      temporal_rule_id: "5e1b7c0f2d9a4e6b8c3f1a2d4e6b8c0f",
    },
  },
  body: {
    name: "Business Hours",
    cycle: "weekly",
    interval: 1,
    wdays: [
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
    ],
    time_window_start: 28800,
    time_window_stop: 64800,
    start_date: 62586115200,
  },
});
if (error) throw new Error(`updateTemporalRule failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { updateTemporalRuleSet } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a temporal rule set.
// The same call by path: kazoo.POST("/accounts/{account_id}/temporal_rules_sets/{temporal_rule_set_id}", init)
const { data, error, status } = await updateTemporalRuleSet(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      temporal_rule_set_id: "9a4c2e6b8d0f41a3b5c7d9e1f3a5b7c9",
    },
  },
  body: {
    name: "July",
    temporal_rules: [
      "1a3c5e7b9d2f48a6c4e2b0d8f6a4c2e0",
      "6f4d2b0a8e1c47b5d3f1a9c7e5b3d1f9",
    ],
  },
});
if (error) throw new Error(`updateTemporalRuleSet failed with HTTP ${status}`);
console.log(data);

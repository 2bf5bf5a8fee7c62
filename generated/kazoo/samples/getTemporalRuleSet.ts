import { createKazooClient } from "@apispec/kazoo";
import { getTemporalRuleSet } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get a temporal rule set.
// The same call by path: kazoo.GET("/accounts/{account_id}/temporal_rules_sets/{temporal_rule_set_id}", init)
const { data, error, status } = await getTemporalRuleSet(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      temporal_rule_set_id: "9a4c2e6b8d0f41a3b5c7d9e1f3a5b7c9",
    },
  },
});
if (error) throw new Error(`getTemporalRuleSet failed with HTTP ${status}`);
console.log(data);

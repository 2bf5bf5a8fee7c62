import { createKazooClient } from "@apispec/kazoo";
import { createTemporalRuleSet } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a temporal rule set.
// The same call by path: kazoo.PUT("/accounts/{account_id}/temporal_rules_sets", init)
const { data, error, status } = await createTemporalRuleSet(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    name: "After Hours",
    temporal_rules: [
      "1a3c5e7b9d2f48a6c4e2b0d8f6a4c2e0",
      "6f4d2b0a8e1c47b5d3f1a9c7e5b3d1f9",
      "8c6a4e2d0b9f47a1c3e5d7b9f1a3c5e7",
    ],
  },
});
if (error) throw new Error(`createTemporalRuleSet failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { createPhoneNumbers } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Add several numbers to the account.
// The same call by path: kazoo.PUT("/accounts/{account_id}/phone_numbers/collection", init)
const { data, error, status } = await createPhoneNumbers(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    numbers: [
      "+14155550100",
      "+14155550101",
      "+14155550102",
    ],
  },
});
if (error) throw new Error(`createPhoneNumbers failed with HTTP ${status}`);
console.log(data);

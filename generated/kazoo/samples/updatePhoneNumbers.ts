import { createKazooClient } from "@apispec/kazoo";
import { updatePhoneNumbers } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace the public fields of several numbers.
// The same call by path: kazoo.POST("/accounts/{account_id}/phone_numbers/collection", init)
const { data, error, status } = await updatePhoneNumbers(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    numbers: [
      "+14155550100",
      "+14155550101",
    ],
    myfield: 1337,
  },
});
if (error) throw new Error(`updatePhoneNumbers failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { deletePhoneNumbers } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Release several numbers (or delete them for good).
// The same call by path: kazoo.DELETE("/accounts/{account_id}/phone_numbers/collection", init)
const { data, error, status } = await deletePhoneNumbers(kazoo, {
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
if (error) throw new Error(`deletePhoneNumbers failed with HTTP ${status}`);
console.log(data);

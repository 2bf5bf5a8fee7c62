import { createKazooClient } from "@apispec/kazoo";
import { getPhoneNumberAvailability } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Check whether numbers can still be bought.
// The same call by path: kazoo.POST("/accounts/{account_id}/phone_numbers/check", init)
const { data, error, status } = await getPhoneNumberAvailability(kazoo, {
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
  },
});
if (error) throw new Error(`getPhoneNumberAvailability failed with HTTP ${status}`);
console.log(data);

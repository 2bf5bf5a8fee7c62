import { createKazooClient } from "@apispec/kazoo";
import { activatePhoneNumbers } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Buy several numbers (put them in service).
// The same call by path: kazoo.PUT("/accounts/{account_id}/phone_numbers/collection/activate", init)
const { data, error, status } = await activatePhoneNumbers(kazoo, {
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
if (error) throw new Error(`activatePhoneNumbers failed with HTTP ${status}`);
console.log(data);

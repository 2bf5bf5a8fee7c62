import { createKazooClient } from "@apispec/kazoo";
import { updatePhoneNumberFix } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Fix one number of the account.
// The same call by path: kazoo.POST("/accounts/{account_id}/phone_numbers/fix/{phone_number}", init)
const { data, error, status } = await updatePhoneNumberFix(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
});
if (error) throw new Error(`updatePhoneNumberFix failed with HTTP ${status}`);
console.log(data);

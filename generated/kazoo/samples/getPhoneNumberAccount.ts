import { createKazooClient } from "@apispec/kazoo";
import { getPhoneNumberAccount } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Find which account a number belongs to.
// The same call by path: kazoo.GET("/accounts/{account_id}/phone_numbers/{phone_number}/identify", init)
const { data, error, status } = await getPhoneNumberAccount(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
});
if (error) throw new Error(`getPhoneNumberAccount failed with HTTP ${status}`);
console.log(data);

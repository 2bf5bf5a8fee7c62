import { createKazooClient } from "@apispec/kazoo";
import { setPhoneNumberReserved } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Reserve a number for the account.
// The same call by path: kazoo.PUT("/accounts/{account_id}/phone_numbers/{phone_number}/reserve", init)
const { data, error, status } = await setPhoneNumberReserved(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
  body: {
    my_own_field: "held for a customer",
  },
});
if (error) throw new Error(`setPhoneNumberReserved failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { patchPhoneNumber } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Patch a number's public fields.
// The same call by path: kazoo.PATCH("/accounts/{account_id}/phone_numbers/{phone_number}", init)
const { data, error, status } = await patchPhoneNumber(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
  body: {
    my_own_field: 42,
  },
});
if (error) throw new Error(`patchPhoneNumber failed with HTTP ${status}`);
console.log(data);

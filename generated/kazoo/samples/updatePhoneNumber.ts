import { createKazooClient } from "@apispec/kazoo";
import { updatePhoneNumber } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a number's public fields.
// The same call by path: kazoo.POST("/accounts/{account_id}/phone_numbers/{phone_number}", init)
const { data, error, status } = await updatePhoneNumber(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
  body: {
    my_own_field: "some other value",
    cnam: {
      display_name: "My caller ID",
      inbound_lookup: true,
    },
  },
});
if (error) throw new Error(`updatePhoneNumber failed with HTTP ${status}`);
console.log(data);

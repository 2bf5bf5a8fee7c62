import { createKazooClient } from "@apispec/kazoo";
import { deletePhoneNumber } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Release a number (or delete it for good).
// The same call by path: kazoo.DELETE("/accounts/{account_id}/phone_numbers/{phone_number}", init)
const { data, error, status } = await deletePhoneNumber(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
});
if (error) throw new Error(`deletePhoneNumber failed with HTTP ${status}`);
console.log(data);

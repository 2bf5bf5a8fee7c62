import { createKazooClient } from "@apispec/kazoo";
import { createPortInPhoneNumber } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Add a number being ported in.
// The same call by path: kazoo.PUT("/accounts/{account_id}/phone_numbers/{phone_number}/port", init)
const { data, error, status } = await createPortInPhoneNumber(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      phone_number: "+14155550100",
    },
  },
  body: {
    blip: 432,
  },
});
if (error) throw new Error(`createPortInPhoneNumber failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { searchAccountPhoneNumberPrefixes } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Look up the number prefixes of a city (for an account).
// The same call by path: kazoo.GET("/accounts/{account_id}/phone_numbers/prefix", init)
const { data, error, status } = await searchAccountPhoneNumberPrefixes(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
    query: {
      city: "San Francisco",
    },
  },
});
if (error) throw new Error(`searchAccountPhoneNumberPrefixes failed with HTTP ${status}`);
console.log(data);

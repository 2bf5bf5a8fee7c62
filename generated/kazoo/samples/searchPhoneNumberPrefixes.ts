import { createKazooClient } from "@apispec/kazoo";
import { searchPhoneNumberPrefixes } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Look up the number prefixes of a city.
// The same call by path: kazoo.GET("/phone_numbers/prefix", init)
const { data, error, status } = await searchPhoneNumberPrefixes(kazoo, {
  params: {
    query: {
      city: "San Francisco",
    },
  },
});
if (error) throw new Error(`searchPhoneNumberPrefixes failed with HTTP ${status}`);
console.log(data);

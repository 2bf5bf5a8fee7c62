import { createKazooClient } from "@apispec/kazoo";
import { searchPhoneNumbers } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Search for numbers to buy.
// The same call by path: kazoo.GET("/phone_numbers", init)
const { data, error, status } = await searchPhoneNumbers(kazoo, {
  params: {
    query: {
      prefix: "415",
    },
  },
});
if (error) throw new Error(`searchPhoneNumbers failed with HTTP ${status}`);
console.log(data);

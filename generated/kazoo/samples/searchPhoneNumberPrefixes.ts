import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Look up the number prefixes of a city
const { data, error, status } = await kazoo.GET("/phone_numbers/prefix", {
  params: {
    query: {
      city: "San Francisco",
    },
  },
});
if (error) throw new Error(`searchPhoneNumberPrefixes failed with HTTP ${status}`);
console.log(data);

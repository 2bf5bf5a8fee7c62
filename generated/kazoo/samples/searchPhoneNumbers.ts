import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Search for numbers to buy
const { data, error, status } = await kazoo.GET("/phone_numbers", {
  params: {
    query: {
      prefix: "415",
    },
  },
});
if (error) throw new Error(`searchPhoneNumbers failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Get an SSO identity
const { data, error, status } = await kazoo.GET("/auth/links/{link_id}", {
  params: {
    path: {
      link_id: "d6faaff6b054393f28356ab7b38ad1bf-116254222860442180295",
    },
  },
});
if (error) throw new Error(`getSsoLink failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Describe an auth token (token in the body)
const { data, error, status } = await kazoo.POST("/auth/tokeninfo", {
  body: {
    token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2NvdW50X2lkIjoiM2QyZjdhOTFiYzA0NGU4ZGE2YjE5ZjBjMmU1NzdhNDEifQ.c2lnbmF0dXJlLXNhbXBsZQ",
  },
});
if (error) throw new Error(`validateAuthTokenInfo failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { validateAuthTokenInfo } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Describe an auth token (token in the body).
// The same call by path: kazoo.POST("/auth/tokeninfo", init)
const { data, error, status } = await validateAuthTokenInfo(kazoo, {
  body: {
    token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2NvdW50X2lkIjoiM2QyZjdhOTFiYzA0NGU4ZGE2YjE5ZjBjMmU1NzdhNDEifQ.c2lnbmF0dXJlLXNhbXBsZQ",
  },
});
if (error) throw new Error(`validateAuthTokenInfo failed with HTTP ${status}`);
console.log(data);

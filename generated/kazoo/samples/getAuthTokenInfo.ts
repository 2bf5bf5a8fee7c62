import { createKazooClient } from "@apispec/kazoo";
import { getAuthTokenInfo } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Describe an auth token (token in the query).
// The same call by path: kazoo.GET("/auth/tokeninfo", init)
const { data, error, status } = await getAuthTokenInfo(kazoo, {
  params: {
    query: {
      token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2NvdW50X2lkIjoiM2QyZjdhOTFiYzA0NGU4ZGE2YjE5ZjBjMmU1NzdhNDEifQ.c2lnbmF0dXJlLXNhbXBsZQ",
    },
  },
});
if (error) throw new Error(`getAuthTokenInfo failed with HTTP ${status}`);
console.log(data);

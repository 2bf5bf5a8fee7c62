import { createKazooClient } from "@apispec/kazoo";
import { exchangeSsoToken } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Exchange a foreign SSO token.
// The same call by path: kazoo.PUT("/auth/authorize", init)
const { data, error, status } = await exchangeSsoToken(kazoo, {
  body: {
    token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJlLXNhbXBsZQ",
  },
});
if (error) throw new Error(`exchangeSsoToken failed with HTTP ${status}`);
console.log(data);

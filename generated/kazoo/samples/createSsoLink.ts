import { createKazooClient } from "@apispec/kazoo";
import { createSsoLink } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Link an SSO identity to the user.
// The same call by path: kazoo.PUT("/auth/links/{link_id}", init)
const { data, error, status } = await createSsoLink(kazoo, {
  params: {
    path: {
      link_id: "d6faaff6b054393f28356ab7b38ad1bf-116254222860442180295",
    },
  },
});
if (error) throw new Error(`createSsoLink failed with HTTP ${status}`);
console.log(data);

import { createKazooClient } from "@apispec/kazoo";
import { getSystemMedia } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Get a system media document or its file.
// The same call by path: kazoo.GET("/media/{media_id}", init)
const { data, error, status } = await getSystemMedia(kazoo, {
  params: {
    path: {
      media_id: "5e3a1c7b9d2f4e6a8b0c1d2e3f4a5b6c",
    },
  },
});
if (error) throw new Error(`getSystemMedia failed with HTTP ${status}`);
console.log(data);

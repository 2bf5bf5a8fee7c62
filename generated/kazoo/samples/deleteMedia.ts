import { createKazooClient } from "@apispec/kazoo";
import { deleteMedia } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Delete a media document.
// The same call by path: kazoo.DELETE("/accounts/{account_id}/media/{media_id}", init)
const { data, error, status } = await deleteMedia(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      media_id: "5e3a1c7b9d2f4e6a8b0c1d2e3f4a5b6c",
    },
  },
});
if (error) throw new Error(`deleteMedia failed with HTTP ${status}`);
console.log(data);

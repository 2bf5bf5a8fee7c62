import { readFile } from "node:fs/promises";
import { createKazooClient } from "@apispec/kazoo";
import { uploadMediaFile } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Upload a media file (deprecated path).
// The same call by path: kazoo.POST("/accounts/{account_id}/media/{media_id}/raw", init)
const { data, error, status } = await uploadMediaFile(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      media_id: "5e3a1c7b9d2f4e6a8b0c1d2e3f4a5b6c",
    },
  },
  body: new Blob([await readFile("file")], { type: "audio/mpeg" }),
});
if (error) throw new Error(`uploadMediaFile failed with HTTP ${status}`);
console.log(data);

import { readFile } from "node:fs/promises";
import { createKazooClient } from "@apispec/kazoo";
import { uploadSystemMediaFile } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Upload a media file (deprecated path).
// The same call by path: kazoo.POST("/media/{media_id}/raw", init)
const { data, error, status } = await uploadSystemMediaFile(kazoo, {
  params: {
    path: {
      media_id: "5e3a1c7b9d2f4e6a8b0c1d2e3f4a5b6c",
    },
  },
  body: new Blob([await readFile("file")], { type: "audio/mpeg" }),
});
if (error) throw new Error(`uploadSystemMediaFile failed with HTTP ${status}`);
console.log(data);

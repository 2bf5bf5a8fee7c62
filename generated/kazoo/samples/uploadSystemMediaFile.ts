import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Upload a media file (deprecated path)
const { data, error, status } = await kazoo.POST("/media/{media_id}/raw", {
  params: {
    path: {
      media_id: "5e3a1c7b9d2f4e6a8b0c1d2e3f4a5b6c",
    },
  },
});
if (error) throw new Error(`uploadSystemMediaFile failed with HTTP ${status}`);
console.log(data);

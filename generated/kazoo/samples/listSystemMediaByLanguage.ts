import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the system media IDs in one language
const { data, error, status } = await kazoo.GET("/media/languages/{language}", {
  params: {
    path: {
      language: "en-us",
    },
  },
});
if (error) throw new Error(`listSystemMediaByLanguage failed with HTTP ${status}`);
console.log(data);

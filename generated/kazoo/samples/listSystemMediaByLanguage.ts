import { createKazooClient } from "@apispec/kazoo";
import { listSystemMediaByLanguage } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the system media IDs in one language.
// The same call by path: kazoo.GET("/media/languages/{language}", init)
const { data, error, status } = await listSystemMediaByLanguage(kazoo, {
  params: {
    path: {
      language: "en-us",
    },
  },
});
if (error) throw new Error(`listSystemMediaByLanguage failed with HTTP ${status}`);
console.log(data);

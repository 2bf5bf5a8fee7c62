import { createKazooClient } from "@apispec/kazoo";
import { createMedia } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a media document.
// The same call by path: kazoo.PUT("/accounts/{account_id}/media", init)
const { data, error, status } = await createMedia(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    name: "TestTTS",
    media_source: "tts",
    tts: {
      text: "Testing TTS",
      voice: "female/en-US",
    },
  },
});
if (error) throw new Error(`createMedia failed with HTTP ${status}`);
console.log(data);

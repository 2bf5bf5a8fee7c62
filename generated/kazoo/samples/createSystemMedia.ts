import { createKazooClient } from "@apispec/kazoo";
import { createSystemMedia } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a system media document.
// The same call by path: kazoo.PUT("/media", init)
const { data, error, status } = await createSystemMedia(kazoo, {
  body: {
    name: "TestTTS",
    media_source: "tts",
    tts: {
      text: "Testing TTS",
      voice: "female/en-US",
    },
  },
});
if (error) throw new Error(`createSystemMedia failed with HTTP ${status}`);
console.log(data);

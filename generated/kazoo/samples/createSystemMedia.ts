import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Create a system media document
const { data, error, status } = await kazoo.PUT("/media", {
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

import { createKazooClient } from "@apispec/kazoo";
import { uploadVmboxMessageAudio } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Upload a message's audio.
// The same call by path: kazoo.PUT("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}/raw", init)
const { data, error, status } = await uploadVmboxMessageAudio(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      vmbox_id: "3a63acc3694ba189947235ae4727941b",
      message_id: "201605-6aadef09f6fcf5fd8bcdfca312e923ba",
    },
  },
  body: {
    content: "ID3 (MP3 bytes of voice.mp3)",
  },
});
if (error) throw new Error(`uploadVmboxMessageAudio failed with HTTP ${status}`);
console.log(data);

// The same calls through require(): Node.js 20.19+ loads the ESM packages synchronously.
const { createDubformerClient } = require("@apispec/dubformer");
const { createDubberClient } = require("@apispec/dubber");
const { createDotsubClient } = require("@apispec/dotsub");
const { parseTaskNotification } = require("@apispec/dotsub/webhooks");
const { createKazooClient } = require("@apispec/kazoo");
const { createVoxboneClient } = require("@apispec/voxbone");

const urls = JSON.parse(process.env.MOCK_URLS ?? "{}");

async function main() {
  const balance = await createDubformerClient({ apiKey: "key", baseUrl: urls.dubformer }).GET("/api/v1/balance");
  const dubber = createDubberClient({ baseUrl: urls.dubber, clientId: "id", clientSecret: "secret", username: "user", password: "pw" });
  const recording = await dubber.GET("/recordings/{recording_id}", { params: { path: { recording_id: "1630277230047825923" } } });
  const dotsub = createDotsubClient({ baseUrl: urls.dotsub, tokenUrl: `${urls.dotsub}/oauth/token`, clientId: "id", clientSecret: "secret" });
  const media = await dotsub.GET("/api/media/{mediaId}", { params: { path: { mediaId: "27" } } });
  const event = parseTaskNotification({ dateTime: "2019-05-31T10:59:22Z", action: "CAPTIONING_FINISHED" });
  const kazoo = createKazooClient({ baseUrl: urls.kazoo, credentials: { authToken: "token" } });
  const account = await kazoo.GET("/accounts/{account_id}", { params: { path: { account_id: "3d2f7a91bc044e8da6b19f0c2e577a41" } } });
  const profiles = await createVoxboneClient({ baseUrl: urls.voxbone }).GET("/profiles");
  console.log(
    JSON.stringify({
      dubformer: [balance.status, balance.data?.balance_minutes],
      dubber: [recording.status, recording.data?.id],
      dotsub: [media.status, media.data?.mediaId, event.action],
      kazoo: [account.status, account.data?.name],
      voxbone: [profiles.status, profiles.data?.length],
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

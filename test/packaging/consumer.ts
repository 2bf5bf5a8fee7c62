// A consumer of the published packages: type-checked under strict TypeScript against their .d.ts files,
// then run against the Prism mocks (MOCK_URLS). Copied into a fresh project by test/packaging/packages.test.ts.
import { createDotsubClient } from "@apispec/dotsub";
import { parseTaskNotification } from "@apispec/dotsub/webhooks";
import { createDubberClient } from "@apispec/dubber";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { createVoxboneClient } from "@apispec/voxbone";

const urls: Record<string, string> = JSON.parse(process.env.MOCK_URLS ?? "{}");
const url = (api: string): string => {
  const value = urls[api];
  if (!value) throw new Error(`no mock URL for ${api}`);
  return value;
};

const dubformer = createDubformerClient({ apiKey: "key", baseUrl: url("dubformer") });
const balance = await dubformer.GET("/api/v1/balance");
const minutes: number | undefined = balance.data?.balance_minutes;

const dubber = createDubberClient({ baseUrl: url("dubber"), clientId: "id", clientSecret: "secret", username: "user", password: "pw" });
const recording = await dubber.GET("/recordings/{recording_id}", { params: { path: { recording_id: "1630277230047825923" } } });
const recordingId: string | undefined = recording.data?.id;

const dotsubUrl = url("dotsub");
const dotsub = createDotsubClient({ baseUrl: dotsubUrl, tokenUrl: `${dotsubUrl}/oauth/token`, clientId: "id", clientSecret: "secret" });
const media = await dotsub.GET("/api/media/{mediaId}", { params: { path: { mediaId: "27" } } });
const mediaId: string | undefined = media.data?.mediaId;
const event = parseTaskNotification({ dateTime: "2019-05-31T10:59:22Z", action: "CAPTIONING_FINISHED" });

const kazoo = createKazooClient({ baseUrl: url("kazoo"), credentials: { authToken: "token" } });
const account = await kazoo.GET("/accounts/{account_id}", { params: { path: { account_id: "3d2f7a91bc044e8da6b19f0c2e577a41" } } });
const accountName: string | undefined = account.data?.name;

const voxbone = createVoxboneClient({ baseUrl: url("voxbone") });
const profiles = await voxbone.GET("/profiles");
const profileCount: number | undefined = profiles.data?.length;

console.log(
  JSON.stringify({
    dubformer: [balance.status, minutes],
    dubber: [recording.status, recordingId],
    dotsub: [media.status, mediaId, event.action],
    kazoo: [account.status, accountName],
    voxbone: [profiles.status, profileCount],
  }),
);

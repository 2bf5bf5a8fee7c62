// A consumer of the published packages: type-checked under strict TypeScript against their .d.ts files, then run
// against the Prism mocks. Copied into a fresh project by test/packaging/packages.test.ts, beside apis.ts, which
// that test writes from the fixtures: each API's read through its client.
import { parseTaskNotification } from "@apispec/dotsub/webhooks";
import { reads } from "./apis.js";

const results: Record<string, unknown> = {};
for (const [name, read] of Object.entries(reads)) results[name] = await read();
const event = parseTaskNotification({ dateTime: "2019-05-31T10:59:22Z", action: "CAPTIONING_FINISHED" });
results.webhook = event.action;

console.log(JSON.stringify(results));

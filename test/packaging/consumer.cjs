// The same calls through require(): Node.js 20.19+ loads the ESM packages synchronously. apis.json is written
// by test/packaging/packages.test.ts from the fixtures.
const { join } = require("node:path");

/** @type {{ name: string, package: string, factory: string, options: unknown, read: { method: string, path: string, init?: object }, operation: string }[]} */
const apis = require(join(__dirname, "apis.json"));
const { parseTaskNotification } = require("@apispec/dotsub/webhooks");

async function main() {
  /** @type {Record<string, unknown>} */
  const results = {};
  for (const api of apis) {
    const client = require(api.package)[api.factory](api.options);
    const { status, data } = await client[api.read.method](api.read.path, api.read.init ?? {});
    const named = await require(`${api.package}/operations`)[api.operation](client, api.read.init ?? {});
    results[api.name] = [
      [status, data],
      [named.status, named.data],
    ];
  }
  results.webhook = parseTaskNotification({ dateTime: "2019-05-31T10:59:22Z", action: "CAPTIONING_FINISHED" }).action;
  console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

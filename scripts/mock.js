#!/usr/bin/env node
// Serves a Prism mock per API (or the named ones) on stable ports and prints where.
//   npm run mock                 every API
//   npm run mock -- dubformer    one API
// Ctrl-C stops them all.
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { root, selectApis } from "./lib/apis.js";
import { startPrism } from "./lib/prism.js";

/** @typedef {{ api: import("./lib/apis.js").Api, url: string, stop: () => Promise<void> }} Mock */

/**
 * @param {import("./lib/apis.js").Api[]} apis
 * @returns {Promise<Mock[]>}
 */
export async function startMocks(apis) {
  const missing = apis.filter((api) => !existsSync(api.bundlePath));
  if (missing.length) {
    throw new Error(`No bundled spec for ${missing.map((a) => a.name).join(", ")}: run \`npm run generate\` first.`);
  }
  /** @type {Mock[]} */
  const mocks = [];
  try {
    for (const api of apis)
      mocks.push({ api, ...(await startPrism({ spec: api.bundlePath, port: api.port, logLevel: "info", output: "inherit" })) });
  } catch (error) {
    await Promise.all(mocks.map((m) => m.stop()));
    throw error;
  }
  return mocks;
}

/** @param {Mock[]} mocks */
export function printMocks(mocks) {
  console.log("\nMock servers (Prism validates every request against the spec):");
  console.table(mocks.map(({ api, url }) => ({ API: api.name, URL: url, spec: relative(root, api.bundlePath) })));
}

/** @param {(() => Promise<void>)[]} stoppers */
export function stopOnSignal(stoppers) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(stoppers.map((s) => s()));
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const mocks = await startMocks(selectApis(process.argv.slice(2)));
    printMocks(mocks);
    console.log("Press Ctrl-C to stop.");
    stopOnSignal(mocks.map((m) => m.stop));
  } catch (error) {
    console.error(`mock: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

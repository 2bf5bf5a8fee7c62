#!/usr/bin/env node
import { readFileSync } from "node:fs";
// Size of each client as a consumer's bundler sees it: the package's dist/ entry with the runtime and
// openapi-fetch, bundled, tree-shaken and minified by esbuild, then gzipped; and what importing one named operation
// function adds to that. Fails over the budget.
//   npm run size          (after npm run build)
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { pascalCase } from "./generator/code.js";
import { listApis, root } from "./lib/apis.js";
import { operationsOf } from "./lib/spec.js";

/** Budget for the runtime plus openapi-fetch behind one client, min+gzip, at any spec size (README, Size). */
export const BUDGET_BYTES = 12 * 1024;

/**
 * @param {import("./lib/apis.js").Api} api
 * @returns {Promise<{ api: string, min: number, gzip: number }>}
 */
export async function measure(api) {
  return { api: api.name, ...(await bundled(`export { create${pascalCase(api.name)}Client } from "@apispec/${api.name}";`)) };
}

/**
 * What importing one named operation function adds to the client's bundle.
 * @param {import("./lib/apis.js").Api} api
 * @param {string} operationId
 * @param {{ gzip: number }} client the client's own bundle, from `measure`
 * @returns {Promise<number>} gzip bytes
 */
export async function operationCost(api, operationId, client) {
  const entry = `export { create${pascalCase(api.name)}Client } from "@apispec/${api.name}";\nexport { ${operationId} } from "@apispec/${api.name}/operations";`;
  return (await bundled(entry)).gzip - client.gzip;
}

/**
 * An entry module bundled as a consumer's bundler would: tree-shaken, minified, then gzipped.
 * @param {string} contents
 * @param {{ resolveDir?: string, conditions?: string[] }} [options] where imports resolve from, and extra export
 *   conditions (`source` bundles the TypeScript sources instead of dist/)
 * @returns {Promise<{ min: number, gzip: number }>}
 */
export async function bundled(contents, { resolveDir = root, conditions = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    conditions,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = /** @type {import("esbuild").OutputFile} */ (result.outputFiles[0]).contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function main() {
  const rows = [];
  for (const api of listApis()) {
    const firstOperation = /** @type {string} */ (operationsOf(JSON.parse(readFileSync(api.bundlePath, "utf8")))[0]?.operation.operationId);
    const client = await measure(api);
    rows.push({ ...client, operation: firstOperation, operationBytes: await operationCost(api, firstOperation, client) });
  }
  const bare = (await bundled(`export { default } from "openapi-fetch";`)).gzip;
  const budget = `${BUDGET_BYTES / 1024} kB`;
  console.table(
    rows.map((r) => ({
      package: `@apispec/${r.api}`,
      min: `${(r.min / 1024).toFixed(1)} kB`,
      "min+gzip": `${(r.gzip / 1024).toFixed(2)} kB`,
      budget: r.gzip <= BUDGET_BYTES ? `within ${budget}` : `OVER ${budget}`,
      "+ one operation": `${r.operationBytes} B (${r.operation})`,
    })),
  );
  console.log(`openapi-fetch alone: ${(bare / 1024).toFixed(2)} kB min+gzip`);
  const over = rows.filter((r) => r.gzip > BUDGET_BYTES);
  if (over.length) {
    console.error(`over budget: ${over.map((r) => r.api).join(", ")}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

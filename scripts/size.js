#!/usr/bin/env node
// Size of each client as a consumer's bundler sees it: the package's dist/ entry with the runtime and
// openapi-fetch, bundled, tree-shaken and minified by esbuild, then gzipped. Fails over the budget.
//   npm run size          (after npm run build)
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { pascalCase } from "./generator/code.js";
import { listApis, root } from "./lib/apis.js";

/** Budget for the runtime plus openapi-fetch behind one client, min+gzip. */
export const BUDGET_BYTES = 7 * 1024;

/**
 * @param {import("./lib/apis.js").Api} api
 * @returns {Promise<{ api: string, min: number, gzip: number }>}
 */
export async function measure(api) {
  const result = await build({
    stdin: { contents: `export { create${pascalCase(api.name)}Client } from "@apispec/${api.name}";`, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = /** @type {import("esbuild").OutputFile} */ (result.outputFiles[0]).contents;
  return { api: api.name, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function main() {
  const rows = [];
  for (const api of listApis()) rows.push(await measure(api));
  const fetchOnly = await build({
    stdin: { contents: `export { default } from "openapi-fetch";`, resolveDir: root, loader: "js" },
    bundle: true, minify: true, format: "esm", platform: "neutral", write: false, logLevel: "silent",
  });
  const bare = gzipSync(/** @type {import("esbuild").OutputFile} */ (fetchOnly.outputFiles[0]).contents, { level: 9 }).length;
  console.table(rows.map((r) => ({ package: `@apispec/${r.api}`, "min": `${(r.min / 1024).toFixed(1)} kB`, "min+gzip": `${(r.gzip / 1024).toFixed(2)} kB`, budget: r.gzip <= BUDGET_BYTES ? "within 7 kB" : "OVER 7 kB" })));
  console.log(`openapi-fetch alone: ${(bare / 1024).toFixed(2)} kB min+gzip`);
  const over = rows.filter((r) => r.gzip > BUDGET_BYTES);
  if (over.length) {
    console.error(`over budget: ${over.map((r) => r.api).join(", ")}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

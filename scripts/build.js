#!/usr/bin/env node
// Builds everything: lint, generated clients, the packages' dist/ output and the docs site, with progress
// per API and a summary. Steps whose inputs did not change since the last build are skipped (content
// hashes in .cache/); `--force` rebuilds everything; `--packages` only compiles the packages (for the release test).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { buildDocs } from "./docs.js";
import { listApis, root } from "./lib/apis.js";
import { hashInputs, loadCache } from "./lib/cache.js";
import { bin } from "./lib/run.js";
import { operationsOf } from "./lib/spec.js";

const started = Date.now();
const force = process.argv.includes("--force");
const packagesOnly = process.argv.includes("--packages");
const apis = listApis();
const cache = loadCache();
// Anything the generator is made of changes every API's output.
const toolchain = hashInputs(
  [
    "scripts/generate.js",
    "scripts/generator",
    "scripts/lib",
    "runtime/package.json",
    "redocly.yaml",
    ".spectral.yaml",
    "specs/EXTENSIONS.md",
    "package-lock.json",
  ].map((p) => join(root, p)),
);
/** @typedef {import("./lib/apis.js").Api} Api */
/** @typedef {"lint" | "generate" | "compile" | "docs"} Step */
const specHash = (/** @type {Api} */ api) => hashInputs([api.specDir]) + toolchain;
/** @type {Record<string, Record<Step, string>>} */
const status = Object.fromEntries(apis.map((api) => [api.name, { lint: "", generate: "", compile: "", docs: "" }]));
const stepOf = (/** @type {Api} */ api) => /** @type {Record<Step, string>} */ (status[api.name]);

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    const step = command === process.execPath ? `node ${args.join(" ")}` : `${relative(root, command)} ${args.join(" ")}`;
    console.error(`\nbuild failed at: ${step} (the messages above name the file and line)`);
    process.exit(1);
  }
}

/**
 * Runs `step` for the APIs whose inputs changed or whose output is missing; the rest are reported as cached.
 * @param {string} label
 * @param {Step} key
 * @param {(api: Api) => string} inputs
 * @param {(api: Api) => string} output
 * @param {(changed: Api[]) => void | Promise<void>} step
 */
async function incremental(label, key, inputs, output, step) {
  const changed = apis.filter((api) => force || !existsSync(output(api)) || !cache.fresh(`${key}:${api.name}`, inputs(api)));
  for (const api of apis) stepOf(api)[key] = changed.includes(api) ? "…" : "cached";
  console.log(`\n▶ ${label}: ${changed.length ? changed.map((a) => a.name).join(", ") : "nothing changed"}`);
  if (changed.length) await step(changed);
  for (const api of changed) {
    stepOf(api)[key] = "done";
    cache.remember(`${key}:${api.name}`, inputs(api));
  }
  cache.save();
}

if (!packagesOnly)
  await incremental(
    "lint",
    "lint",
    specHash,
    () => root,
    (changed) => run(process.execPath, ["scripts/lint.js", ...changed.map((a) => a.name)]),
  );
if (!packagesOnly)
  await incremental(
    "generate",
    "generate",
    specHash,
    (api) => api.bundlePath,
    (changed) => run(process.execPath, ["scripts/generate.js", ...changed.map((a) => a.name)]),
  );

const runtimeHash = hashInputs([join(root, "runtime/src"), join(root, "runtime/package.json"), join(root, "tsconfig.base.json")]);
console.log("\n▶ compile runtime");
if (force || !existsSync(join(root, "runtime/dist/index.js")) || !cache.fresh("compile:runtime", runtimeHash)) {
  run(bin("tsc"), ["-p", "runtime/tsconfig.build.json"]);
  cache.remember("compile:runtime", runtimeHash);
  cache.save();
  console.log("  done");
} else console.log("  cached");
await incremental(
  "compile packages",
  "compile",
  (api) => hashInputs([api.outDir]) + runtimeHash,
  (api) => join(api.outDir, "dist/index.js"),
  (changed) => {
    for (const api of changed) run(bin("tsc"), ["-p", `${relative(root, api.outDir)}/tsconfig.build.json`]);
  },
);

if (packagesOnly) {
  console.log(`\npackages compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}
const docsHash = (/** @type {Api} */ api) => hashInputs([api.bundlePath, join(root, "scripts/docs.js")]);
let docs = { dir: join(root, "site"), bytes: 0 };
await incremental(
  "docs",
  "docs",
  docsHash,
  (api) => join(root, "site", api.name, "index.html"),
  async (changed) => {
    docs = await buildDocs(apis, { only: changed });
  },
);
docs.bytes = directorySize(docs.dir);

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = apis.map((api) => {
  const spec = JSON.parse(readFileSync(api.bundlePath, "utf8"));
  const dist = join(api.outDir, "dist");
  const js = listFiles(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(f));
  return {
    API: api.name,
    operations: operationsOf(spec).length,
    lint: stepOf(api).lint === "cached" ? "clean (cached)" : "clean",
    "package dist (js)": kb(js.reduce((n, b) => n + b.length, 0)),
    gzip: kb(js.reduce((n, b) => n + gzipSync(b).length, 0)),
    "docs page": kb(statSync(join(docs.dir, api.name, "index.html")).size),
    steps: /** @type {Step[]} */ (["generate", "compile", "docs"]).map((k) => `${k} ${stepOf(api)[k]}`).join(", "),
  };
});
console.log("\nSummary");
console.table(rows);
console.log(
  `docs site: ${kb(docs.bytes)} in site/ (Redoc bundle shared by all pages) · built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

/** @param {string} dir */
function directorySize(dir) {
  return listFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
  } catch {
    return [];
  }
}

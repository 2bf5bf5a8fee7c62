#!/usr/bin/env node
// Lints every spec: Redocly (recommended-strict, examples as errors), Spectral (spectral:oas + project rules),
// and our own check that every `x-` extension is documented in specs/EXTENSIONS.md. Any error or warning fails.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { isScalar, parseDocument, visit } from "yaml";
import { root, selectApis } from "./lib/apis.js";
import { bundle } from "./lib/bundle.js";
import { bin, run } from "./lib/run.js";

const apis = selectApis(process.argv.slice(2));
/** @type {string[]} */
const failures = [];

const redocly = await run(bin("redocly"), ["lint", ...apis.map((a) => a.name), "--format", "stylish"]);
const warnings = /(\d+) warnings?/.exec(redocly.output);
if (redocly.code !== 0) failures.push("Redocly reported errors");
else if (warnings && Number(warnings[1]) > 0) failures.push(`Redocly reported ${warnings[1]} warning(s)`);

// Spectral reads a fresh bundle: on split 3.1 files it wrongly reports path-item $refs
// (stoplightio/spectral#2655); Redocly above already reports problems at their source file and line.
const bundleDir = mkdtempSync(join(tmpdir(), "apispec-lint-"));
/** @type {string[]} */
const bundles = [];
for (const api of apis) {
  const file = join(bundleDir, `${api.name}.openapi.json`);
  writeFileSync(file, JSON.stringify(await bundle(api), null, 2));
  bundles.push(file);
}
const spectral = await run(bin("spectral"), [
  "lint",
  ...bundles,
  "--ruleset",
  ".spectral.yaml",
  "--fail-severity",
  "hint",
  "--display-only-failures",
]);
rmSync(bundleDir, { recursive: true, force: true });
if (spectral.code !== 0) failures.push("Spectral reported problems");

const undocumented = checkExtensions(apis);
if (undocumented.length) {
  console.log(`Undocumented extensions (add them to specs/EXTENSIONS.md):\n  ${undocumented.join("\n  ")}`);
  failures.push("undocumented x- extensions");
}

if (failures.length) {
  console.error(`\nlint failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log(`lint passed for ${apis.map((a) => a.name).join(", ")}: Redocly and Spectral report 0 errors, 0 warnings`);

/**
 * The x- keys in the specs that specs/EXTENSIONS.md does not list, as `file:line key`.
 * @param {import("./lib/apis.js").Api[]} selected
 */
function checkExtensions(selected) {
  const documented = new Set([...readFileSync(join(root, "specs/EXTENSIONS.md"), "utf8").matchAll(/^\| `(x-[\w-]+)`/gm)].map((m) => m[1]));
  /** @type {string[]} */
  const problems = [];
  for (const api of selected) {
    for (const file of yamlFiles(api.specDir)) {
      const text = readFileSync(file, "utf8");
      visit(parseDocument(text), {
        Pair(_, pair) {
          if (
            isScalar(pair.key) &&
            typeof pair.key.value === "string" &&
            pair.key.value.startsWith("x-") &&
            !documented.has(pair.key.value)
          ) {
            const line = text.slice(0, pair.key.range?.[0] ?? 0).split("\n").length;
            problems.push(`${relative(root, file)}:${line} ${pair.key.value}`);
          }
        },
      });
    }
  }
  return problems;
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

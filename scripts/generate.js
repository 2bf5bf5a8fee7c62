#!/usr/bin/env node
// Bundles each spec and writes its client package under generated/<api>/ (what the package contains is decided in
// scripts/generator/; this file only writes it, or compares it).
//   npm run generate                 write every API's package
//   npm run generate -- dubformer    only the named APIs
//   npm run generate -- --check      write nothing; fail if generated/ differs from what the specs produce
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { packageFiles } from "./generator/package-files.js";
import { listApis, root, selectApis } from "./lib/apis.js";
import { bundle } from "./lib/bundle.js";

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const apis = selectApis(args.filter((a) => !a.startsWith("--")));
  /** @type {string[]} */
  const drift = [];
  for (const api of apis) {
    const files = await packageFiles(api, await bundle(api));
    for (const [file, contents] of Object.entries(files)) {
      const target = join(api.outDir, file);
      const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
      if (current === contents) continue;
      if (check) drift.push(`${relative(root, target)} ${current === undefined ? "is missing" : "differs from what the spec produces"}`);
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, contents);
      }
    }
    for (const stale of listFiles(api.outDir).filter((f) => !(f in files))) {
      if (check) drift.push(`${relative(root, join(api.outDir, stale))} is not produced by the generator`);
      else rmSync(join(api.outDir, stale));
    }
    if (!check) console.log(`generated ${relative(root, api.outDir)}/ (${Object.keys(files).length} files)`);
  }
  const known = new Set(listApis().map((a) => a.name));
  for (const dir of existsSync(join(root, "generated")) ? readdirSync(join(root, "generated")) : []) {
    if (!known.has(dir)) drift.push(`generated/${dir}/ has no spec entry in redocly.yaml`);
  }
  if (check) {
    if (drift.length) {
      console.error(
        `Generated code is out of date with the specs:\n  ${drift.join("\n  ")}\nRun \`npm run generate\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`generated/ is in sync with specs/ (${apis.map((a) => a.name).join(", ")})`);
  }
}

/**
 * The files of a generated package, relative to it (build output and installed modules aside).
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {string[]}
 */
function listFiles(dir, prefix = "") {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "dist" || entry.name === "node_modules") return [];
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(join(dir, entry.name), rel) : [rel];
  });
}

main().catch((error) => {
  console.error(`generate: ${error.message}`);
  process.exit(1);
});

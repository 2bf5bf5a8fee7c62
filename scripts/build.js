#!/usr/bin/env node
// Builds everything: generated clients (from the specs), the packages' dist/ output and the docs site.
import { spawnSync } from "node:child_process";
import { relative } from "node:path";
import { listApis, root } from "./lib/apis.js";
import { bin } from "./lib/run.js";
import { buildDocs } from "./docs.js";

const started = Date.now();
const step = (label) => console.log(`\n▶ ${label}`);

function tsc(project) {
  const result = spawnSync(bin("tsc"), ["-p", project], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build: TypeScript failed for ${project}`);
    process.exit(1);
  }
}

const apis = listApis();
step("generate clients from specs/");
const generate = spawnSync(process.execPath, ["scripts/generate.js"], { cwd: root, stdio: "inherit" });
if (generate.status !== 0) process.exit(1);

step("compile packages to dist/");
tsc("runtime/tsconfig.build.json");
console.log("  runtime");
for (const api of apis) {
  tsc(`${relative(root, api.outDir)}/tsconfig.build.json`);
  console.log(`  ${api.name}`);
}

step("docs site");
const docs = await buildDocs(apis);
console.log(`  site/ written (${(docs.bytes / 1024).toFixed(0)} KiB)`);

console.log(`\nbuilt ${apis.length} API(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

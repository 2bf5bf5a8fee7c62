#!/usr/bin/env node
// `npm start`: build everything, then serve the docs site and every API's Prism mock until Ctrl-C.
import { spawnSync } from "node:child_process";
import { siteDir } from "./docs.js";
import { listApis, root } from "./lib/apis.js";
import { serveStatic } from "./lib/static-server.js";
import { printMocks, startMocks, stopOnSignal } from "./mock.js";

const build = spawnSync(process.execPath, ["scripts/build.js"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const docsPort = Number(process.env.DOCS_PORT ?? 8080);
try {
  const docs = await serveStatic(siteDir, docsPort);
  const mocks = await startMocks(listApis());
  console.log(`\nDocs site: ${docs.url}`);
  printMocks(mocks);
  console.log("Press Ctrl-C to stop.");
  stopOnSignal([docs.stop, ...mocks.map((m) => m.stop)]);
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

#!/usr/bin/env node
// `npm start`: build everything, then serve the docs site and every API's mock until Ctrl-C (or SIGTERM, SIGHUP).
//   npm start -- --docs-port 8081 --mock-port 5010    other ports (or DOCS_PORT, MOCK_PORT)
//   npm start -- --verbose                            Prism's own logs too
//   npm start -- --no-build                           serve what the last build left, without building
// Prism options (--dynamic, --seed <v>, --ignoreExamples, --errors) apply to every mock.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { MOCK_URLS_PATH, siteDir } from "./docs.js";
import { listApis, root } from "./lib/apis.js";
import { serveStatic } from "./lib/static-server.js";
import { failWith, mockPortOf, parseArguments, printMocks, startMocks, stopOnSignal } from "./mock.js";

/**
 * Whether a port can be listened on now: checked before the build, so that a busy port fails in a second, not
 * after a minute of building.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function portFree(port) {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once("error", () => resolvePromise(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePromise(true)));
  });
}

/** @type {(() => Promise<void>)[]} */
const stoppers = [];
stopOnSignal(stoppers);
try {
  const args = parseArguments(process.argv.slice(2), { apiNames: false });
  const apis = listApis();
  const ports = [
    { port: args.docsPort, what: "the docs site", change: "--docs-port <port> or DOCS_PORT" },
    ...apis.map((api) => ({
      port: mockPortOf(api, args.mockPort),
      what: `the ${api.name} mock`,
      change: "--mock-port <first port> or MOCK_PORT",
    })),
  ].filter((p) => p.port !== 0);
  for (const { port, what, change } of ports) {
    if (!(await portFree(port)))
      throw new Error(`port ${port} (${what}) is already in use: stop whatever holds it, or choose another with ${change}`);
  }

  if (args.build) {
    const build = spawn(process.execPath, ["scripts/build.js"], { cwd: root, stdio: "inherit" });
    stoppers.push(async () => {
      if (build.exitCode === null) build.kill("SIGTERM");
    });
    const code = await new Promise((resolvePromise) => build.once("exit", (status, signal) => resolvePromise(signal ? 1 : (status ?? 1))));
    if (code !== 0) process.exit(/** @type {number} */ (code));
  }

  const mocks = await startMocks(apis, { firstPort: args.mockPort, prismArgs: args.prismArgs, verbose: args.verbose });
  stoppers.push(...mocks.map((m) => m.stop));
  // The docs' try-it console sends to the mocks as they run (ports and base paths), not the defaults the build wrote.
  const mockUrls = JSON.stringify(Object.fromEntries(mocks.map((m) => [m.api.name, m.url])));
  const docs = await serveStatic(siteDir, args.docsPort, undefined, { files: { [MOCK_URLS_PATH]: mockUrls } }).catch(
    (/** @type {any} */ error) => {
      if (error?.code === "EADDRINUSE")
        throw new Error(
          `port ${args.docsPort} (the docs site) is already in use: stop whatever holds it, or choose another with --docs-port <port> or DOCS_PORT`,
        );
      throw error;
    },
  );
  stoppers.push(docs.stop);
  console.log(`\nDocs site: ${docs.url}`);
  printMocks(mocks);
  console.log("Mock requests are logged below. Press Ctrl-C to stop.");
} catch (error) {
  await Promise.allSettled(stoppers.map((stop) => stop()));
  failWith(error, "start");
}

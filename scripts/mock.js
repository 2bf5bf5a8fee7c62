#!/usr/bin/env node
// Serves a mock per API (or the named ones) on stable ports and prints the base URL to give a client.
//   npm run mock                          every API
//   npm run mock -- dubformer dotsub      some
//   npm run mock -- dotsub --dynamic      Prism options after the names: --dynamic, --seed <v>, --ignoreExamples, --errors
//   --mock-port <n> (or MOCK_PORT)        first port (default 4010; one per API in redocly.yaml order)
//   --verbose                             Prism's own logs too, each line marked with its API
//   --examples                            list each operation's example names (for `Prefer: example=…`) and exit
// Ctrl-C (SIGINT), SIGTERM and SIGHUP stop them all.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { listApis, root } from "./lib/apis.js";
import { examplesOf } from "./lib/mock-routes.js";
import { prismOptions, startMock } from "./lib/prism.js";
import { operationsOf } from "./lib/spec.js";

/** @typedef {import("./lib/apis.js").Api} Api */
/** @typedef {{ api: Api, url: string, stop: () => Promise<void> }} Mock */

export const DEFAULT_MOCK_PORT = 4010;

/**
 * The command line of `npm run mock` (and the mock part of `npm start`): API names first, then options; the
 * options this script does not know go to Prism.
 * @param {string[]} argv
 * @param {{ apiNames?: boolean, env?: NodeJS.ProcessEnv }} [how]   apiNames: false when no names are taken (`npm start`)
 * @returns {{ names: string[], mockPort: number, docsPort: number, verbose: boolean, examples: boolean, build: boolean, prismArgs: string[] }}
 */
export function parseArguments(argv, { apiNames = true, env = process.env } = {}) {
  const known = listApis().map((a) => a.name);
  /** @type {string[]} */
  const names = [];
  /** @type {string[]} */
  const prismArgs = [];
  let mockPort = portValue(env.MOCK_PORT ?? String(DEFAULT_MOCK_PORT), "MOCK_PORT");
  let docsPort = portValue(env.DOCS_PORT ?? "8080", "DOCS_PORT");
  let verbose = false;
  let examples = false;
  let build = true;
  let i = 0;
  for (; apiNames && i < argv.length && !String(argv[i]).startsWith("-"); i++) {
    const name = /** @type {string} */ (argv[i]);
    if (!known.includes(name)) throw new UsageError(`Unknown API "${name}". Known APIs: ${known.join(", ")} (from redocly.yaml).`);
    names.push(name);
  }
  for (; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === "--mock-port") mockPort = portValue(value(), flag);
    else if (flag === "--docs-port") docsPort = portValue(value(), flag);
    else if (flag === "--verbose") verbose = true;
    else if (flag === "--examples") examples = true;
    else if (flag === "--no-build" && !apiNames) build = false;
    else if (["--host", "-h", "--port", "-p"].includes(flag))
      throw new UsageError(`${flag} is set by this script: choose the ports with --mock-port <first port> (or MOCK_PORT)`);
    else if (!flag.startsWith("-") && names.length === 0 && apiNames && known.includes(flag))
      throw new UsageError(`Put API names before options: npm run mock -- ${flag} ${argv.filter((a) => a !== flag).join(" ")}`);
    else prismArgs.push(arg);
  }
  try {
    prismOptions(prismArgs);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return { names, mockPort, docsPort, verbose, examples, build, prismArgs };
}

/** A mistake on the command line: reported without a stack, with exit code 2. */
export class UsageError extends Error {}

/**
 * @param {string} text
 * @param {string} what
 */
function portValue(text, what) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${what} must be a port number (0–65535), got "${text}"`);
  return port;
}

/**
 * Each API's mock port: the first port, then one more per API in redocly.yaml order, so a printed URL stays valid
 * between runs whichever APIs are started. Port 0 gives each mock a free port.
 * @param {Api} api
 * @param {number} firstPort
 */
export function mockPortOf(api, firstPort) {
  return firstPort === 0 ? 0 : firstPort + listApis().findIndex((a) => a.name === api.name);
}

/**
 * Starts the mocks, all or none: a mock that fails stops the ones that started.
 * @param {Api[]} apis
 * @param {{ firstPort?: number, prismArgs?: string[], verbose?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<Mock[]>}
 */
export async function startMocks(apis, { firstPort = DEFAULT_MOCK_PORT, prismArgs = [], verbose = false, log = console.log } = {}) {
  const missing = apis.filter((api) => !existsSync(api.bundlePath));
  if (missing.length) {
    throw new Error(`No bundled spec for ${missing.map((a) => a.name).join(", ")}: run \`npm run generate\` first.`);
  }
  const width = Math.max(...apis.map((a) => a.name.length));
  const outcomes = await Promise.allSettled(
    apis.map(async (api) => {
      const port = mockPortOf(api, firstPort);
      const mock = await startMock({
        spec: api.bundlePath,
        port,
        prismArgs,
        onRequest: ({ method, path, status, problem }) =>
          log(`${api.name.padEnd(width)}  ${method} ${path} → ${status}${problem ? `  ${shorten(problem)}` : ""}`),
        ...(verbose ? { onPrismOutput: (/** @type {string} */ line) => log(`${api.name.padEnd(width)}  [prism] ${line}`) } : {}),
      }).catch((/** @type {any} */ error) => {
        if (error?.code === "EADDRINUSE")
          throw new Error(
            `port ${port} (the ${api.name} mock) is already in use: stop whatever holds it, or choose other ports with --mock-port <first port> or MOCK_PORT`,
          );
        throw error;
      });
      return { api, url: mock.url, stop: mock.stop };
    }),
  );
  const mocks = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const failures = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
  if (failures.length) {
    await Promise.all(mocks.map((m) => m.stop()));
    throw new Error(failures.map((f) => (f instanceof Error ? f.message : String(f))).join("\n"));
  }
  return mocks;
}

/** A console line's reason, cut to what fits a line or two (the answer has all of it). */
const shorten = (/** @type {string} */ text) => (text.length > 300 ? `${text.slice(0, 297)}…` : text);

/** @param {Mock[]} mocks */
export function printMocks(mocks) {
  const rows = [
    ["API", "base URL (a client's baseUrl)", "spec"],
    ...mocks.map(({ api, url }) => [api.name, url, relative(root, api.bundlePath)]),
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => String(row[column]).length)));
  console.log("\nMocks (Prism validates every request against the spec):");
  for (const [name, url, spec] of rows)
    console.log(`  ${String(name).padEnd(widths[0] ?? 0)}  ${String(url).padEnd(widths[1] ?? 0)}  ${spec}`);
}

/**
 * Stops everything on SIGINT, SIGTERM or SIGHUP, then exits; a second signal exits at once.
 * @param {(() => Promise<void>)[]} stoppers
 */
export function stopOnSignal(stoppers) {
  let stopping = false;
  const stop = async (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await Promise.allSettled(stoppers.map((s) => s()));
    process.exit(0);
  };
  for (const signal of /** @type {NodeJS.Signals[]} */ (["SIGINT", "SIGTERM", "SIGHUP"])) process.on(signal, stop);
}

/**
 * Each operation's example names by status, for `Prefer: code=…, example=…`.
 * @param {Api} api
 * @returns {string[]}
 */
export function exampleListing(api) {
  const spec = JSON.parse(readFileSync(api.bundlePath, "utf8"));
  return operationsOf(spec).map(({ method, path, operation }) => {
    const byStatus = Object.entries(examplesOf(spec, operation))
      .filter(([, names]) => names.length)
      .map(([status, names]) => `${status}: ${names.join(", ")}`);
    return `${api.name} ${operation.operationId} (${method.toUpperCase()} ${path})  ${byStatus.join("; ") || "no named examples"}`;
  });
}

/** @param {unknown} error */
export function failWith(error, what = "mock") {
  console.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const args = parseArguments(process.argv.slice(2));
    const apis = args.names.length ? listApis().filter((a) => args.names.includes(a.name)) : listApis();
    if (args.examples) {
      for (const api of apis) console.log(exampleListing(api).join("\n"));
      process.exit(0);
    }
    /** @type {(() => Promise<void>)[]} */
    const stoppers = [];
    // From the start: a signal while Prism loads stops the mocks too (their lifelines end the ones still loading).
    stopOnSignal(stoppers);
    const mocks = await startMocks(apis, { firstPort: args.mockPort, prismArgs: args.prismArgs, verbose: args.verbose });
    stoppers.push(...mocks.map((m) => m.stop));
    printMocks(mocks);
    console.log("Requests are logged below. Press Ctrl-C to stop.");
  } catch (error) {
    failWith(error);
  }
}

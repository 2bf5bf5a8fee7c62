// Starts mocks (`startMock`: one process per API, Prism's engine inside, see mock-server.js), used by `npm run mock`,
// `npm start` and the vitest globalSetup; and `prism mock` itself (`startPrism`), which the bench compares them with.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { writeMockSpec } from "./mock-spec.js";
import { bin, toolEnv } from "./run.js";

/** Ends a mock or Prism when the process that started it goes away, however it went (see the file). */
const LIFELINE = fileURLToPath(new URL("mock-lifeline.cjs", import.meta.url));
const MOCK_SERVER = fileURLToPath(new URL("mock-server.js", import.meta.url));
/** How long Prism has to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;

/**
 * A free loopback port, chosen by the OS.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      server.close(() => resolvePromise(port));
    });
  });
}

/**
 * @typedef {object} PrismOptions
 * @property {string} spec              a bundled spec (generated/<api>/openapi.json)
 * @property {number} port
 * @property {string} [logLevel]        Prism's --verboseLevel
 * @property {string[]} [args]          more `prism mock` options (`--dynamic`, `--seed 1`…)
 * @property {(line: string) => void} [onOutput]  each line Prism logs; without it they are dropped
 * @property {number} [readyTimeoutMs]   Prism takes seconds to load a spec on an idle machine and minutes on a
 *   loaded one: a slow start is not a failure, a Prism that never answers is
 */

/**
 * Starts `prism mock <spec>` on 127.0.0.1:<port> and resolves once that very Prism answers: its readiness path
 * carries a random value that only the spec given to this child has. Prism gets the spec as `writeMockSpec`
 * shapes it, so that it validates request bodies with recursive schemas too.
 * @param {PrismOptions} options
 * @returns {Promise<{ url: string, stop: () => Promise<void>, child: import("node:child_process").ChildProcess }>}
 */
export async function startPrism({ spec, port, logLevel = "warn", args = [], onOutput, readyTimeoutMs = 180_000 }) {
  const nonce = randomBytes(12).toString("hex");
  const readyPath = `/__apispec_ready_${nonce}`;
  const mockSpec = writeMockSpec(spec, { ready: { path: readyPath, body: { ready: nonce } } });
  const prismArgs = ["mock", mockSpec.path, "--host", "127.0.0.1", "--port", String(port), "--verboseLevel", logLevel, ...args];
  const child = spawn(process.execPath, ["--require", LIFELINE, realpathSync(bin("prism")), ...prismArgs], {
    env: toolEnv,
    // fd 3 is the lifeline: it closes when this process ends, and the child then exits.
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    let partial = "";
    stream?.on("data", (/** @type {Buffer} */ chunk) => {
      const text = partial + chunk.toString("utf8");
      const lines = text.split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        output = `${output}${line}\n`.slice(-8_000);
        if (!line.includes(readyPath)) onOutput?.(line);
      }
    });
  }
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise((/** @type {(value?: unknown) => void} */ resolvePromise) =>
    child.once("exit", () => {
      exited = true;
      mockSpec.cleanup();
      resolvePromise();
    }),
  );
  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exit;
      clearTimeout(killer);
    }
    await exit;
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (true) {
    if (exited) throw new Error(`Prism exited before it was ready (${spec}):\n${withoutHelp(output)}`);
    try {
      const res = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(1000) });
      const body = await res.json().catch(() => undefined);
      if (res.status === 200 && body?.ready === nonce) break;
      await stop();
      throw new Error(`port ${port} is answered by another server, not the Prism started for ${spec}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(`port ${port} `)) throw error;
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`Prism did not answer on ${url} within ${readyTimeoutMs} ms (${spec})\n${withoutHelp(output)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, child, stop };
}

/** Prism prints its whole `--help` after most start-up errors; the error itself is what matters. */
function withoutHelp(/** @type {string} */ output) {
  const help = output.indexOf("\nOptions:");
  return (help >= 0 ? output.slice(0, help) : output).trim();
}

/**
 * The `prism mock` options a mock takes, from the command line (`--dynamic`, `--seed 1`…). Prism's own server
 * options (host, port, CORS, multiprocess) do not apply: the mock serves itself.
 * @param {string[]} args
 * @returns {{ dynamic?: boolean, seed?: string, ignoreExamples?: boolean, errors?: boolean }}
 */
export function prismOptions(args) {
  /** @type {{ dynamic?: boolean, seed?: string, ignoreExamples?: boolean, errors?: boolean }} */
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const bool = () => (inline === undefined ? true : inline !== "false");
    if (flag === "--dynamic" || flag === "-d") options.dynamic = bool();
    else if (flag === "--ignoreExamples" || flag === "--ignore-examples") options.ignoreExamples = bool();
    else if (flag === "--errors") options.errors = bool();
    else if (flag === "--seed") {
      const value = inline ?? args[++i];
      if (value === undefined) throw new Error("--seed needs a value");
      options.seed = value;
    } else throw new Error(`unknown Prism option "${arg}": a mock takes --dynamic, --seed <value>, --ignoreExamples and --errors`);
  }
  return options;
}

/**
 * @typedef {object} MockOptions
 * @property {string} spec         a bundled spec
 * @property {number} port         where the mock answers (0: any free port)
 * @property {string} [host]
 * @property {string[]} [prismArgs] `prism mock` options (see prismOptions)
 * @property {(line: string) => void} [onPrismOutput]   Prism's own log lines (`--verbose`)
 * @property {(entry: MockRequestLog) => void} [onRequest]  one call per answered request
 * @property {number} [readyTimeoutMs]
 */

/**
 * One request the mock answered, for the console.
 * @typedef {{ method: string, path: string, status: number, problem?: string }} MockRequestLog
 */

/**
 * A mock of one API (scripts/lib/mock-server.js) in a process of its own. It is ready when it says so on its own
 * stdout, after its server listens: nothing else on the port can answer for it, and a busy port fails at once
 * (an Error with code EADDRINUSE). `url` is what a client's `baseUrl` is set to: it ends in the server's base path.
 * @param {MockOptions} options
 * @returns {Promise<{ url: string, basePath: string, stop: () => Promise<void> }>}
 */
export async function startMock({ spec, port, host = "127.0.0.1", prismArgs = [], onPrismOutput, onRequest, readyTimeoutMs = 180_000 }) {
  if (!existsSync(spec)) throw new Error(`No bundled spec at ${spec}: run \`npm run generate\` first`);
  const prism = prismOptions(prismArgs);
  const mockSpec = writeMockSpec(spec);
  const options = { spec, mockSpec: mockSpec.path, port, host, prism, verbose: Boolean(onPrismOutput) };
  const child = spawn(process.execPath, ["--require", LIFELINE, MOCK_SERVER, JSON.stringify(options)], {
    env: toolEnv,
    // fd 3 is the lifeline: it closes when this process ends, and the mock then exits.
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (/** @type {Buffer} */ chunk) => {
    stderr = (stderr + chunk).slice(-8_000);
  });
  const exit = new Promise((/** @type {(value?: unknown) => void} */ resolvePromise) =>
    child.once("exit", () => {
      mockSpec.cleanup();
      resolvePromise();
    }),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exit;
      clearTimeout(killer);
    }
    await exit;
  };
  return new Promise((resolvePromise, reject) => {
    let ready = false;
    let failed = false;
    // The first reason wins: the child's own (a busy port) comes before its exit, which reports only a code.
    const fail = async (/** @type {Error} */ error) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      await stop();
      reject(error);
    };
    const timer = setTimeout(
      () => void fail(new Error(`the mock of ${spec} did not start within ${readyTimeoutMs} ms\n${stderr.trim()}`)),
      readyTimeoutMs,
    );
    let partial = "";
    child.stdout?.on("data", (/** @type {Buffer} */ chunk) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        /** @type {any} */
        let message;
        try {
          message = JSON.parse(line);
        } catch {
          onPrismOutput?.(line);
          continue;
        }
        if (message.ready && !ready) {
          ready = true;
          clearTimeout(timer);
          resolvePromise({ url: message.ready.url, basePath: message.ready.basePath, stop });
        } else if (message.request) onRequest?.(message.request);
        else if (message.log !== undefined) onPrismOutput?.(message.log);
        else if (message.error && !ready) void fail(Object.assign(new Error(message.error.message), { code: message.error.code }));
      }
    });
    // "close", not "exit": the child's last words on stdout (why it stopped) may come after its exit.
    child.once("close", (code) => {
      if (!ready) void fail(new Error(`the mock of ${spec} exited (${code}) before it was ready\n${stderr.trim()}`));
    });
  });
}

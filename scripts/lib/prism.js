// Starts mocks: one Prism per spec on a private loopback port, behind the mock's front door (mock-proxy.js) on
// the port users call. Used by `npm run mock`, `npm start`, the vitest globalSetup and the bench.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { startMockProxy } from "./mock-proxy.js";
import { writeMockSpec } from "./mock-spec.js";
import { bin, toolEnv } from "./run.js";

/** Ends Prism when the process that started it goes away, however it went (see the file). */
const LIFELINE = fileURLToPath(new URL("mock-lifeline.cjs", import.meta.url));
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
 * @typedef {object} MockOptions
 * @property {string} spec         a bundled spec
 * @property {number} port         where the mock answers (0: any free port)
 * @property {string} [host]
 * @property {string[]} [prismArgs]
 * @property {(line: string) => void} [onPrismOutput]   Prism's own log lines (`--verbose`)
 * @property {(entry: import("./mock-proxy.js").MockRequestLog) => void} [onRequest]  one call per answered request
 * @property {number} [readyTimeoutMs]
 */

/**
 * A mock of one API: its front door on `port` first (so that a busy port fails at once, with EADDRINUSE), then
 * Prism on a private port behind it. `url` is what a client's `baseUrl` is set to: it ends in the server's base path.
 * @param {MockOptions} options
 * @returns {Promise<{ url: string, basePath: string, prismUrl: string, stop: () => Promise<void> }>}
 */
export async function startMock({ spec, port, host = "127.0.0.1", prismArgs = [], onPrismOutput, onRequest, readyTimeoutMs }) {
  if (!existsSync(spec)) throw new Error(`No bundled spec at ${spec}: run \`npm run generate\` first`);
  const document = JSON.parse(readFileSync(spec, "utf8"));
  /** @type {{ host: string, port: number }} */
  const target = { host: "127.0.0.1", port: 0 };
  const proxy = await startMockProxy({ spec: document, prism: target, port, host, ...(onRequest ? { onRequest } : {}) });
  let prism;
  try {
    target.port = await freePort();
    prism = await startPrism({
      spec,
      port: target.port,
      logLevel: onPrismOutput ? "info" : "warn",
      args: prismArgs,
      ...(onPrismOutput ? { onOutput: onPrismOutput } : {}),
      ...(readyTimeoutMs ? { readyTimeoutMs } : {}),
    });
  } catch (error) {
    await proxy.stop();
    throw error;
  }
  const engine = prism;
  return {
    url: proxy.url,
    basePath: proxy.basePath,
    prismUrl: engine.url,
    stop: async () => {
      await Promise.all([proxy.stop(), engine.stop()]);
    },
  };
}

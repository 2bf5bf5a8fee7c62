// Starts Prism mock servers; used by `npm run mock`, `npm start` and the vitest globalSetup.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { writeMockSpec } from "./mock-spec.js";
import { bin, toolEnv } from "./run.js";

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
 * Starts `prism mock <spec>` on 127.0.0.1:<port> and resolves once it answers HTTP. Prism gets the spec as
 * `writeMockSpec` shapes it, so that it validates request bodies with recursive schemas too.
 * @param {{ spec: string, port: number, logLevel?: string, output?: "ignore" | "inherit", readyTimeoutMs?: number }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void>, child: import("node:child_process").ChildProcess }>}
 */
export async function startPrism({ spec, port, logLevel = "warn", output = "ignore", readyTimeoutMs = 30_000 }) {
  const mockSpec = writeMockSpec(spec);
  const child = spawn(bin("prism"), ["mock", mockSpec.path, "--host", "127.0.0.1", "--port", String(port), "--verboseLevel", logLevel], {
    env: toolEnv,
    stdio: /** @type {import("node:child_process").StdioOptions} */ (["ignore", output, output === "ignore" ? "pipe" : output]),
  });
  let stderr = "";
  child.stderr?.on("data", (/** @type {Buffer} */ chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise((/** @type {(value?: unknown) => void} */ resolvePromise) =>
    child.once("exit", () => {
      exited = true;
      mockSpec.cleanup();
      resolvePromise();
    }),
  );
  const deadline = Date.now() + readyTimeoutMs;
  while (true) {
    if (exited) throw new Error(`Prism exited before it was ready (${spec}):\n${stderr.trim()}`);
    try {
      await fetch(`${url}/__prism_ready__`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGTERM");
        throw new Error(`Prism did not answer on ${url} within ${readyTimeoutMs} ms (${spec})\n${stderr.trim()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    child,
    async stop() {
      if (!exited) child.kill("SIGTERM");
      await exit;
    },
  };
}

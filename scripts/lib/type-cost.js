// What a consumer's type-check costs per call: tsc's instantiation count for a file making `calls`, minus the
// count for the same file without them, divided by the number of calls. Used by `npm run bench` and the scale test.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./apis.js";
import { bin } from "./run.js";

const STRICT = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * @param {{ prelude: string, calls: string[], exports: string, compilerOptions?: Record<string, unknown>, parent?: string }} consumer
 *   `prelude` imports and creates the clients, `calls` are expressions (awaited in one array), `exports` names what
 *   the prelude created, so that the run without calls still uses the clients.
 * @returns {{ withCalls: number, withoutCalls: number, perCall: number }}
 */
export function instantiationsPerCall({ prelude, calls, exports, compilerOptions = {}, parent = join(root, ".cache") }) {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "type-cost-"));
  try {
    const count = (/** @type {string} */ source) => {
      writeFileSync(join(dir, "usage.ts"), source);
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { ...STRICT, ...compilerOptions }, files: ["usage.ts"] }),
      );
      const out = spawnSync(bin("tsc"), ["-p", dir, "--extendedDiagnostics"], { cwd: root, encoding: "utf8" });
      const match = /Instantiations:\s+(\d+)/.exec(out.stdout);
      if (out.status !== 0 || !match) throw new Error(`type-check of the consumer failed:\n${out.stdout}${out.stderr}`);
      return Number(match[1]);
    };
    const withCalls = count(`${prelude}\nexport const results = [\n${calls.map((c) => `  await ${c},`).join("\n")}\n];\n`);
    const withoutCalls = count(`${prelude}\nexport { ${exports} };\n`);
    return { withCalls, withoutCalls, perCall: Math.round((withCalls - withoutCalls) / calls.length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The arguments after the client in an operation's generated sample (`generated/<api>/samples/<id>.ts`), which
 * `npm test` type-checks, so that a consumer's calls are valid by construction.
 * @param {string} api
 * @param {string} operationId
 * @returns {string} e.g. `, { params: { path: { account_id: "…" } } }`, or "" for a call without arguments
 */
export function sampleArguments(api, operationId) {
  const sample = readFileSync(join(root, "generated", api, "samples", `${operationId}.ts`), "utf8");
  const call = new RegExp(`await ${operationId}\\(\\w+((?:, [\\s\\S]*?)?)\\);\\n`).exec(sample);
  if (!call) throw new Error(`generated/${api}/samples/${operationId}.ts has no call of ${operationId}`);
  return call[1] ?? "";
}

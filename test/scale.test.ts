// The budgets hold at any size: a 500-operation spec in the project's conventions (the Kazoo spec's
// account-scoped resources repeated under numbered prefixes) is generated into a scratch folder, and a consumer's
// type-check cost per named-operation call and the client's bundled size are measured there.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageFiles } from "../scripts/generator/package-files.js";
import { listApis, root } from "../scripts/lib/apis.js";
import { instantiationsPerCall, sampleArguments } from "../scripts/lib/type-cost.js";
import { BUDGET_BYTES, bundled } from "../scripts/size.js";

const TARGET_OPERATIONS = 500;
const MAX_INSTANTIATIONS_PER_CALL = 2000;
const METHODS = ["get", "put", "post", "delete", "patch"];
type Json = Record<string, any>;

const kazoo = listApis().find((api) => api.name === "kazoo")!;
// Inside the repository, so that the scratch package resolves @apispec/runtime and openapi-fetch from node_modules.
mkdirSync(join(root, ".cache"), { recursive: true });
const scratch = mkdtempSync(join(root, ".cache", "scale-"));
const countOperations = (spec: Json) => Object.values(spec.paths as Json).reduce((n, item) => n + METHODS.filter((m) => item[m]).length, 0);

/** The spec with its account-scoped paths repeated under `/accounts/{account_id}/copyN` until it has `target` operations. */
function scaled(spec: Json, target: number): { spec: Json; copies: number } {
  const out = structuredClone(spec);
  const scoped = Object.entries(spec.paths as Json).filter(([path]) => path.startsWith("/accounts/{account_id}"));
  let copies = 0;
  while (countOperations(out) < target) {
    copies++;
    for (const [path, item] of scoped) {
      const copy = structuredClone(item);
      for (const method of METHODS) if (copy[method]) copy[method].operationId += `Copy${copies}`;
      out.paths[path.replace("/accounts/{account_id}", `/accounts/{account_id}/copy${copies}`)] = copy;
    }
  }
  return { spec: out, copies };
}

async function writePackage(name: string, spec: Json): Promise<string> {
  const dir = join(scratch, name);
  for (const [file, contents] of Object.entries(await packageFiles(kazoo, spec))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), contents as string);
  }
  return dir;
}

/** Ten named-operation calls across Kazoo's resources (or their copies, `suffix`), with their samples' arguments. */
const OPERATIONS = [
  "getUser",
  "createUser",
  "listDevices",
  "patchDevice",
  "createCallflow",
  "getMedia",
  "createVmbox",
  "getPhoneNumber",
  "createTemporalRule",
  "getPortRequest",
];
function calls(suffix: string): { names: string[]; calls: string[] } {
  const names = OPERATIONS.map((id) => `${id}${suffix}`);
  return { names, calls: OPERATIONS.map((id, i) => `${names[i]}(kazoo${sampleArguments("kazoo", id)})`) };
}

function typeCost(dir: string, suffix: string) {
  const { names, calls: list } = calls(suffix);
  return instantiationsPerCall({
    parent: scratch,
    prelude: `import { createKazooClient } from "${join(dir, "src/index.js")}";
import { ${names.join(", ")} } from "${join(dir, "src/operations.js")}";
declare const env: Record<string, string>;
const kazoo = createKazooClient({ baseUrl: env.u!, credentials: { authToken: env.t! } });`,
    calls: list,
    exports: `kazoo, ${names.join(", ")}`,
    compilerOptions: { customConditions: ["source"] },
  });
}

/** The gzip size of an entry bundled from the scratch package's TypeScript sources. */
const bundledSize = async (dir: string, entry: string) => (await bundled(entry, { resolveDir: dir, conditions: ["source"] })).gzip;

let today: { dir: string; operations: number };
let large: { dir: string; operations: number; copies: number };

beforeAll(async () => {
  const spec: Json = JSON.parse(readFileSync(kazoo.bundlePath, "utf8"));
  const big = scaled(spec, TARGET_OPERATIONS);
  today = { dir: await writePackage("today", spec), operations: countOperations(spec) };
  large = { dir: await writePackage("large", big.spec), operations: countOperations(big.spec), copies: big.copies };
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe(`a ${TARGET_OPERATIONS}-operation spec`, () => {
  it(`costs a consumer at most ${MAX_INSTANTIATIONS_PER_CALL} type instantiations per call, as many as today's spec`, () => {
    expect(large.operations).toBeGreaterThanOrEqual(TARGET_OPERATIONS);
    const small = typeCost(today.dir, "");
    const big = typeCost(large.dir, `Copy${large.copies}`);
    console.log(`type instantiations per call: ${small.perCall} at ${today.operations} operations, ${big.perCall} at ${large.operations}`);
    expect(big.perCall).toBeLessThanOrEqual(MAX_INSTANTIATIONS_PER_CALL);
    // Flat: the larger spec may not cost more than a rounding difference per call.
    expect(big.perCall).toBeLessThanOrEqual(small.perCall * 1.05);
  }, 120_000);

  it(`keeps the client within ${BUDGET_BYTES / 1024} kB min+gzip, and one named operation adds little`, async () => {
    const entry = `export { createKazooClient } from "./src/index.js";`;
    const small = await bundledSize(today.dir, entry);
    const client = await bundledSize(large.dir, entry);
    const withOne = await bundledSize(large.dir, `${entry} export { getUserCopy${large.copies} } from "./src/operations.js";`);
    console.log(
      `client: ${small} B min+gzip at ${today.operations} operations, ${client} B at ${large.operations}; one named operation: +${withOne - client} B`,
    );
    expect(client).toBeLessThanOrEqual(BUDGET_BYTES);
    // The operation table holds per-method defaults and the exceptions: it grows with the exceptions only.
    expect(client).toBeLessThanOrEqual(small * 1.1);
    expect(withOne - client).toBeLessThanOrEqual(100);
  }, 120_000);
});

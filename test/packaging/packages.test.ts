// Release readiness: every package is packed with `npm pack`, installed from its tarball into a fresh
// project (no workspace links), type-checked there under strict TypeScript with each module resolution users pick,
// and run against the mocks through `import` and through `require` on every Node.js line users run. Also checks
// each client's bundled size against the budget.
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listApis, root } from "../../scripts/lib/apis.js";
import { bin } from "../../scripts/lib/run.js";
import { BUDGET_BYTES, measure } from "../../scripts/size.js";
import { loadFixtures } from "../support/fixtures.js";
import { documentedData, type Json } from "../support/spec.js";
import { consumerApis, consumerSource } from "./consumer-apis.js";
import { NODE_VERSIONS, nodeBinary } from "./node-binaries.js";

const consumer = mkdtempSync(join(tmpdir(), "apispec-consumer-"));
const sh = (command: string, args: string[], cwd = consumer) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const fixtures = await loadFixtures();
const apis = consumerApis(fixtures, listApis(), inject("mockUrls"));
const packageDirs = ["runtime", ...listApis().map((api) => `generated/${api.name}`)];
const manifestOf = (dir: string) => readFileSync(join(root, dir, "package.json"), "utf8");

interface Packed {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}
let packed: Packed[] = [];
let manifestsBefore: string[] = [];
// Each Node.js binary is fetched while the packages are packed and installed.
const binaries = Promise.all(NODE_VERSIONS.map(nodeBinary));

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.js", "--packages"], { cwd: root, stdio: "pipe" });
  manifestsBefore = packageDirs.map(manifestOf);
  packed = JSON.parse(sh("npm", ["pack", "--workspaces", "--json", "--pack-destination", consumer], root));
  const tarball = (name: string) => `file:./${packed.find((p) => p.name === name)!.filename}`;
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({
      name: "apispec-consumer",
      private: true,
      type: "module",
      dependencies: Object.fromEntries(packed.map((p) => [p.name, tarball(p.name)])),
      devDependencies: { "@types/node": JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies["@types/node"] },
      // The clients depend on @apispec/runtime by version; point that at the packed tarball, not the registry.
      overrides: { "@apispec/runtime": tarball("@apispec/runtime") },
    }),
  );
  sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"]);
  copyFileSync(join(root, "test/packaging/consumer.ts"), join(consumer, "consumer.ts"));
  copyFileSync(join(root, "test/packaging/consumer.cjs"), join(consumer, "consumer.cjs"));
  writeFileSync(join(consumer, "apis.ts"), consumerSource(apis));
  writeFileSync(join(consumer, "apis.json"), JSON.stringify(apis));
  const compilerOptions = {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    types: ["node"],
    lib: ["ES2022", "DOM"],
    outDir: "out",
  };
  const tsconfig = (options: object) => JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: ["consumer.ts"] });
  writeFileSync(join(consumer, "tsconfig.json"), tsconfig({}));
  // Type-checked only: what a project with a bundler, or with TypeScript's pre-`exports` resolution, sees.
  writeFileSync(join(consumer, "tsconfig.bundler.json"), tsconfig({ module: "ESNext", moduleResolution: "Bundler", noEmit: true }));
  writeFileSync(join(consumer, "tsconfig.node10.json"), tsconfig({ module: "ESNext", moduleResolution: "Node10", noEmit: true }));
}, 240_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

// Each read answered 200 with the spec's documented example, as the client returns it, by path and by its named
// operation function; and the webhook parser.
const expected = {
  ...Object.fromEntries(
    listApis().map((api) => {
      const read = fixtures.find((fixture) => fixture.name === api.name)!.read;
      const data = documentedData(JSON.parse(readFileSync(api.bundlePath, "utf8")) as Json, read.method, read.path, 200);
      return [
        api.name,
        [
          [200, data],
          [200, data],
        ],
      ];
    }),
  ),
  webhook: "CAPTIONING_FINISHED",
};

/** The manifest inside a package's tarball, as installed in the consumer project. */
const installedManifest = (name: string) => JSON.parse(readFileSync(join(consumer, "node_modules", name, "package.json"), "utf8"));

/** Every file path an `exports` or `typesVersions` entry names, with its condition or subpath. */
function targets(manifest: Record<string, any>): [string, string][] {
  const found: [string, string][] = [];
  const walk = (where: string, node: unknown) => {
    if (typeof node === "string") found.push([where, node]);
    else if (Array.isArray(node)) for (const item of node) walk(where, item);
    else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) walk(`${where} ${key}`, value);
  };
  walk("exports", manifest.exports);
  walk("typesVersions", manifest.typesVersions);
  walk("main", manifest.main);
  walk("types", manifest.types);
  return found;
}

describe("published packages", () => {
  it("contain built ESM, type declarations, a README, the LICENSE and a changelog, and no sources or tests", () => {
    const license = readFileSync(join(root, "LICENSE"), "utf8");
    for (const p of packed) {
      const files = p.files.map((f) => f.path);
      for (const file of ["dist/index.js", "dist/index.d.ts", "README.md", "LICENSE", "CHANGELOG.md"])
        expect(files, p.name).toContain(file);
      expect(readFileSync(join(consumer, "node_modules", p.name, "LICENSE"), "utf8"), p.name).toBe(license);
      expect(
        files.filter((f) => f.startsWith("src/") || f.includes("samples/")),
        p.name,
      ).toEqual([]);
      expect(installedManifest(p.name), p.name).toMatchObject({
        sideEffects: false,
        license: "MIT",
        engines: { node: ">=20.19" },
        repository: { type: "git" },
      });
      if (p.name !== "@apispec/runtime") expect(files, p.name).toContain("openapi.json");
    }
    expect(packed.map((p) => p.name).sort()).toEqual(["@apispec/runtime", ...listApis().map((a) => `@apispec/${a.name}`)].sort());
  });

  it("name in their manifest only files that are in the tarball, and no scripts", () => {
    for (const p of packed) {
      const files = new Set(p.files.map((f) => f.path));
      const manifest = installedManifest(p.name);
      const missing = targets(manifest).filter(([, path]) => !files.has(path.replace(/^\.\//, "")));
      expect(missing, `${p.name}: entries pointing outside the tarball`).toEqual([]);
      expect(manifest.scripts, p.name).toBeUndefined();
      expect(manifest.devDependencies, p.name).toBeUndefined();
    }
  });

  it("leave the repository's manifests as they were, and no copied LICENSE behind", () => {
    expect(packageDirs.map(manifestOf)).toEqual(manifestsBefore);
    expect(packageDirs.filter((dir) => existsSync(join(root, dir, "LICENSE")))).toEqual([]);
  });

  it("depend on nothing but the runtime and openapi-fetch", () => {
    for (const p of packed) {
      const allowed = p.name === "@apispec/runtime" ? ["openapi-fetch"] : ["@apispec/runtime", "openapi-fetch"];
      expect(Object.keys(installedManifest(p.name).dependencies ?? {}), p.name).toEqual(allowed);
      expect(installedManifest(p.name).peerDependencies, p.name).toBeUndefined();
    }
  });

  // NodeNext first: it writes out/, which the next test runs.
  it("type-check in a fresh project under strict TypeScript, with NodeNext, Bundler and Node10 module resolution", async () => {
    const run = promisify(execFile);
    const results = await Promise.all(
      ["tsconfig.json", "tsconfig.bundler.json", "tsconfig.node10.json"].map((config) =>
        run(bin("tsc"), ["-p", config], { cwd: consumer, encoding: "utf8" }).then(
          ({ stdout, stderr }) => [config, stdout + stderr],
          (error: { stdout: string; stderr: string }) => [config, error.stdout + error.stderr || String(error)],
        ),
      ),
    );
    expect(results).toEqual([
      ["tsconfig.json", ""],
      ["tsconfig.bundler.json", ""],
      ["tsconfig.node10.json", ""],
    ]);
  }, 180_000);

  // Both ways in on each Node.js line at once, with code generation from strings forbidden, as on Workers or under a
  // strict CSP: the clients and the webhook parser need none.
  it(`work through import and require on Node.js ${NODE_VERSIONS.join(", ")}`, async () => {
    const nodes = await binaries;
    const run = promisify(execFile);
    const outcomes = await Promise.all(
      nodes.flatMap((node, i) =>
        ["out/consumer.js", "consumer.cjs"].map(async (program) => {
          const { stdout } = await run(node, ["--disallow-code-generation-from-strings", program], { cwd: consumer, encoding: "utf8" });
          return [`${NODE_VERSIONS[i]} ${program}`, JSON.parse(stdout)];
        }),
      ),
    );
    for (const [what, output] of outcomes) expect(output, what).toEqual(expected);
    expect(outcomes).toHaveLength(NODE_VERSIONS.length * 2);
  }, 240_000);

  it.each(listApis().map((a) => a.name))("keep @apispec/%s with the runtime and openapi-fetch within the budget", async (name) => {
    const size = await measure(listApis().find((a) => a.name === name)!);
    console.log(`@apispec/${name}: ${(size.min / 1024).toFixed(1)} kB min, ${(size.gzip / 1024).toFixed(2)} kB min+gzip`);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

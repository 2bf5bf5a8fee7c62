// Release readiness: every package is packed with `npm pack`, installed from its tarball into a fresh
// project (no workspace links), type-checked there under strict TypeScript, and run against the mocks
// through `import` and through `require`. Also checks each client's bundled size against the budget.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listApis, root } from "../../scripts/lib/apis.js";
import { bin } from "../../scripts/lib/run.js";
import { BUDGET_BYTES, measure } from "../../scripts/size.js";
import { loadFixtures } from "../support/fixtures.js";
import { documentedData, type Json } from "../support/spec.js";
import { consumerApis, consumerSource } from "./consumer-apis.js";

const consumer = mkdtempSync(join(tmpdir(), "apispec-consumer-"));
const sh = (command: string, args: string[], cwd = consumer) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const fixtures = await loadFixtures();
const apis = consumerApis(fixtures, inject("mockUrls"));

let packed: { name: string; version: string; filename: string; files: { path: string }[] }[] = [];

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.js", "--packages"], { cwd: root, stdio: "pipe" });
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
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noUncheckedIndexedAccess: true,
        types: ["node"],
        lib: ["ES2022", "DOM"],
        outDir: "out",
      },
      files: ["consumer.ts"],
    }),
  );
}, 240_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

// Each read answered 200 with the spec's documented example, as the client returns it; and the webhook parser.
const expected = {
  ...Object.fromEntries(
    listApis().map((api) => {
      const read = fixtures.find((fixture) => fixture.name === api.name)!.read;
      return [api.name, [200, documentedData(JSON.parse(readFileSync(api.bundlePath, "utf8")) as Json, read.method, read.path, 200)]];
    }),
  ),
  webhook: "CAPTIONING_FINISHED",
};

describe("published packages", () => {
  it("contain built ESM, type declarations, the bundled spec and a changelog, and no sources or tests", () => {
    for (const p of packed) {
      const files = p.files.map((f) => f.path);
      expect(files, p.name).toContain("dist/index.js");
      expect(files, p.name).toContain("dist/index.d.ts");
      expect(files, p.name).toContain("CHANGELOG.md");
      expect(
        files.filter((f) => f.startsWith("src/") || f.includes("samples/")),
        p.name,
      ).toEqual([]);
      const manifest = JSON.parse(
        readFileSync(join(root, p.name === "@apispec/runtime" ? "runtime" : `generated/${p.name.slice(9)}`, "package.json"), "utf8"),
      );
      expect(manifest, p.name).toMatchObject({
        sideEffects: false,
        license: "MIT",
        engines: { node: ">=20.19" },
        repository: { type: "git" },
      });
      if (p.name !== "@apispec/runtime") expect(files, p.name).toContain("openapi.json");
    }
    expect(packed.map((p) => p.name).sort()).toEqual(["@apispec/runtime", ...listApis().map((a) => `@apispec/${a.name}`)].sort());
  });

  it("type-check in a fresh project under strict TypeScript", () => {
    const result = spawnSync(bin("tsc"), ["-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("work through import", () => {
    expect(JSON.parse(sh(process.execPath, ["out/consumer.js"]))).toEqual(expected);
  });

  it("work through require", () => {
    expect(JSON.parse(sh(process.execPath, ["consumer.cjs"]))).toEqual(expected);
  });

  it.each(listApis().map((a) => a.name))("keep @apispec/%s with the runtime and openapi-fetch within 7 kB min+gzip", async (name) => {
    const size = await measure(listApis().find((a) => a.name === name)!);
    console.log(`@apispec/${name}: ${(size.min / 1024).toFixed(1)} kB min, ${(size.gzip / 1024).toFixed(2)} kB min+gzip (budget 7 kB)`);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

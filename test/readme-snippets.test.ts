// Every TypeScript block of the root README, the package READMEs and the runtime's README, as a reader would copy
// it: type-checked together under strict settings, then each block that makes calls run against its API's mock,
// with the environment variables its client reads set as the package README says.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listApis, root } from "../scripts/lib/apis.js";
import { consumerDiagnostics } from "./support/consumer-compiler.js";
import { fixtureEnv } from "./support/fixture-env.js";
import { loadFixture } from "./support/fixtures.js";

const READMES = ["README.md", "runtime/README.md", ...listApis().map((api) => `generated/${api.name}/README.md`)].filter((file) =>
  existsSync(join(root, file)),
);

interface Snippet {
  /** e.g. `generated/kazoo/README.md:21` */
  where: string;
  file: string;
  code: string;
  /** The API whose client it makes, if any. */
  api?: string;
}

const snippets: Snippet[] = [];
mkdirSync(join(root, ".cache"), { recursive: true });
const dir = mkdtempSync(join(root, ".cache", "readme-snippets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const readme of READMES) {
  const text = readFileSync(join(root, readme), "utf8");
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, match.index).split("\n").length + 1;
    const code = match[1]!;
    const file = join(dir, `${readme.replace(/[/.]/g, "_")}_${line}.ts`);
    // A module of its own, so that top-level await is allowed and names don't clash between blocks.
    writeFileSync(file, /^export /m.test(code) ? code : `${code}\nexport {};\n`);
    snippets.push({ where: `${readme}:${line}`, file, code, api: /from "@apispec\/(\w+)"/.exec(code)?.[1] });
  }
}

let diagnostics: Map<string, string[]>;
beforeAll(() => {
  const found = consumerDiagnostics(
    snippets.map((s) => s.file),
    ["node"],
  );
  diagnostics = new Map([...found].map(([file, list]) => [file, list.map((d) => `line ${d.line}: ${d.message.replace(/\n/g, " ")}`)]));
}, 120_000);

/** Blocks that call the API: they make a client and await something; a block that only reads a file of yours is not run. */
const runnable = snippets.filter((s) => s.api && /\bawait\b/.test(s.code) && !/readFile\(/.test(s.code));

describe("README snippets", () => {
  it(`finds the blocks: ${snippets.length} to compile, ${runnable.length} to run`, () => {
    expect(snippets.length).toBeGreaterThanOrEqual(READMES.length);
    console.log(`README snippets: ${snippets.length} compiled, ${runnable.length} run against the mocks (${READMES.join(", ")})`);
  });

  it.each(snippets.map((s) => [s.where, s] as const))("%s compiles under strict settings", (_, snippet) => {
    expect(diagnostics.get(snippet.file)).toEqual([]);
  });

  it.each(runnable.map((s) => [s.where, s] as const))("%s runs against the mock", async (_, snippet) => {
    const fixture = await loadFixture(snippet.api!);
    const env = fixtureEnv(fixture, inject("mockUrls")[snippet.api!]!);
    Object.assign(process.env, env);
    try {
      await import(/* @vite-ignore */ `${snippet.file}?run`);
    } finally {
      for (const name of Object.keys(env)) delete process.env[name];
    }
  });
});

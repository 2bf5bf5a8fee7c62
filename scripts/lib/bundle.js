import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, run } from "./run.js";

/** Bundles an API's split spec into one JSON document: what Prism, Spectral, the docs and the types read. */
export async function bundle(api) {
  const dir = mkdtempSync(join(tmpdir(), `apispec-${api.name}-`));
  try {
    const out = join(dir, "openapi.json");
    const { code } = await run(bin("redocly"), ["bundle", api.name, "--output", out, "--ext", "json"], { quiet: true });
    if (code !== 0) throw new Error(`redocly bundle failed for ${api.name}`);
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

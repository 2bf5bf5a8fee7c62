import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, run } from "./run.js";

/**
 * Bundles a split spec into one JSON document: what Prism, Spectral, the docs and the types read.
 * `target` is an API name from redocly.yaml or the path of a root spec file.
 * @param {string} target
 * @returns {Promise<import("./spec.js").Json>}
 */
export async function bundleSpec(target) {
  const dir = mkdtempSync(join(tmpdir(), "apispec-bundle-"));
  try {
    const out = join(dir, "openapi.json");
    const { code } = await run(bin("redocly"), ["bundle", target, "--output", out, "--ext", "json"], { quiet: true });
    if (code !== 0) throw new Error(`redocly bundle failed for ${target}`);
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bundle = (/** @type {import("./apis.js").Api} */ api) => bundleSpec(api.name);

// The list of APIs is the `apis:` section of redocly.yaml: one place to add an API.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** @typedef {{ name: string, specRoot: string, specDir: string, outDir: string, bundlePath: string, port: number }} Api */

/** @returns {Api[]} */
export function listApis() {
  const config = parse(readFileSync(join(root, "redocly.yaml"), "utf8"));
  return Object.entries(config.apis ?? {}).map(([name, entry], index) => ({
    name,
    specRoot: join(root, entry.root),
    specDir: dirname(join(root, entry.root)),
    outDir: join(root, "generated", name),
    bundlePath: join(root, "generated", name, "openapi.json"),
    // Stable mock ports, in redocly.yaml order, so a printed URL stays valid between runs.
    port: 4010 + index,
  }));
}

/**
 * APIs named on the command line (all when none), with a clear error for an unknown name.
 * @param {string[]} names
 * @returns {Api[]}
 */
export function selectApis(names) {
  const apis = listApis();
  if (names.length === 0) return apis;
  return names.map((name) => {
    const api = apis.find((candidate) => candidate.name === name);
    if (!api) {
      console.error(`Unknown API "${name}". Known APIs: ${apis.map((a) => a.name).join(", ")} (from redocly.yaml).`);
      process.exit(2);
    }
    return api;
  });
}

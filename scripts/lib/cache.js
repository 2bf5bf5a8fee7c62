// Content hashes of a build step's inputs, kept in .cache/build.json, so an unchanged API is skipped.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { root } from "./apis.js";

const file = join(root, ".cache", "build.json");

/**
 * One hash over the contents of files and directories (recursively, in a stable order).
 * @param {string[]} paths
 */
export function hashInputs(paths) {
  const hash = createHash("sha256");
  /** @param {string} path */
  const visit = (path) => {
    if (!existsSync(path)) return hash.update(`missing:${path}`);
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== "dist" && entry !== "node_modules") visit(join(path, entry));
    } else hash.update(path).update(readFileSync(path));
  };
  for (const path of paths) visit(path);
  return hash.digest("hex");
}

export function loadCache() {
  /** @type {Record<string, string>} */
  const entries = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  return {
    fresh: (/** @type {string} */ key, /** @type {string} */ hash) => entries[key] === hash,
    remember: (/** @type {string} */ key, /** @type {string} */ hash) => (entries[key] = hash),
    forget: (/** @type {string} */ key) => delete entries[key],
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(entries, null, 2));
    },
  };
}

#!/usr/bin/env node
// What a package's tarball holds beyond its working folder, run by npm in the package folder as its prepack,
// postpack and postpublish scripts (`npm pack` and `npm publish` alike):
//   - the manifest as published: no `source` export conditions (they point at src/, which is not shipped; the
//     repository's own tools resolve them), no scripts and no devDependencies (they name files of this repository);
//   - the repository's LICENSE.
// prepack writes both and keeps the manifest as it was in .cache/pack/; postpack (after `npm publish`, postpublish,
// as npm re-reads the manifest it sends to the registry in between) puts it back and removes the copied LICENSE.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { root } from "./lib/apis.js";

/**
 * The manifest as it is published.
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function publishedManifest(manifest) {
  const { scripts: _scripts, devDependencies: _devDependencies, ...published } = manifest;
  /** @type {(target: unknown) => unknown} */
  const withoutSource = (target) => {
    if (typeof target !== "object" || target === null) return target;
    return Object.fromEntries(Object.entries(target).flatMap(([key, value]) => (key === "source" ? [] : [[key, withoutSource(value)]])));
  };
  if (published.exports) published.exports = withoutSource(published.exports);
  return published;
}

/** @param {string} dir a package folder */
function saved(dir) {
  return join(root, ".cache/pack", `${relative(root, dir).replaceAll("/", "+")}.package.json`);
}

/** @param {string} dir */
function prepack(dir) {
  const manifestPath = join(dir, "package.json");
  const backup = saved(dir);
  mkdirSync(join(backup, ".."), { recursive: true });
  // A backup left by a pack that failed midway is the manifest as it was: keep it, the file may be the published one.
  if (!existsSync(backup)) copyFileSync(manifestPath, backup);
  const manifest = JSON.parse(readFileSync(backup, "utf8"));
  writeFileSync(manifestPath, `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`);
  copyFileSync(join(root, "LICENSE"), join(dir, "LICENSE"));
}

/** @param {string} dir */
function restore(dir) {
  const backup = saved(dir);
  if (existsSync(backup)) renameSync(backup, join(dir, "package.json"));
  rmSync(join(dir, "LICENSE"), { force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.cwd();
  const event = process.env.npm_lifecycle_event;
  if (event === "prepack") prepack(dir);
  else if (event === "postpublish" || (event === "postpack" && process.env.npm_command !== "publish")) restore(dir);
  else if (event !== "postpack") {
    console.error(`scripts/pack.js runs as a package's prepack, postpack or postpublish script, not as ${event ?? "a command"}`);
    process.exit(1);
  }
}

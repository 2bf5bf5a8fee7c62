#!/usr/bin/env node
// Rates a spec change as major, minor or patch (see specs/VERSIONING.md).
//   npm run diff -- <api> [base-ref]    the change from base-ref (default: the last release) to the working tree
//   npm run diff -- --check             every API: fail when a major change did not move the major version
//   npm run diff -- --files <base> <revision>   two spec files (e.g. fixtures)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { listApis, root, selectApis } from "./lib/apis.js";
import { bundle, bundleSpec } from "./lib/bundle.js";
import { compareSpecs } from "./lib/semver-diff.js";

/** @typedef {import("./lib/apis.js").Api} Api */
/**
 * @typedef {object} Rating
 * @property {string} api
 * @property {string | undefined} ref
 * @property {import("./lib/semver-diff.js").Bump | "new"} bump
 * @property {import("./lib/semver-diff.js").Change[]} changes
 * @property {string} [from]
 * @property {string} [to]
 * @property {boolean} ok
 */

const git = (/** @type {string[]} */ ...args) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();

/**
 * The last release of an API: the newest commit that changed its info.version (or added the spec).
 * @param {Api} api
 * @returns {string | undefined}
 */
function lastRelease(api) {
  const spec = relative(root, api.specRoot);
  try {
    return git("log", "-1", "--format=%H", "-G", "^  version:", "--", spec) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The API's spec as of a git ref, bundled; undefined when the ref has no such spec.
 * @param {Api} api
 * @param {string} ref
 */
async function bundleAt(api, ref) {
  const dir = mkdtempSync(join(tmpdir(), `apispec-diff-${api.name}-`));
  try {
    const specDir = relative(root, api.specDir);
    try {
      execFileSync("sh", ["-c", `git archive "${ref}" "${specDir}" | tar -x -C "${dir}"`], { cwd: root, stdio: "ignore" });
    } catch {
      return undefined;
    }
    const entry = join(dir, relative(root, api.specRoot));
    return existsSync(entry) ? await bundleSpec(entry) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const major = (/** @type {unknown} */ version) => String(version).split(".")[0];

/**
 * @param {Api} api
 * @param {string | undefined} ref
 * @returns {Promise<Rating>}
 */
export async function rate(api, ref) {
  const base = ref && (await bundleAt(api, ref));
  if (!base) return { api: api.name, ref, bump: "new", changes: [], ok: true };
  const revision = await bundle(api);
  const { bump, changes } = compareSpecs(base, revision);
  const from = base.info.version;
  const to = revision.info.version;
  const ok = bump !== "major" || major(from) !== major(to);
  return { api: api.name, ref, bump, changes, from, to, ok };
}

/** @param {Rating} result */
function report(result) {
  const short = result.ref ? (/^[0-9a-f]{40}$/.test(result.ref) ? result.ref.slice(0, 10) : result.ref) : "(none)";
  if (result.bump === "new") return console.log(`${result.api}: no spec at ${short}; nothing to compare`);
  const rating = result.bump === "none" ? "no contract change" : `${result.bump} change`;
  console.log(`${result.api}: ${rating} since ${short} (version ${result.from} → ${result.to})`);
  for (const c of result.changes.filter((c) => c.impact !== "patch").slice(0, 40))
    console.log(`  ${c.impact.padEnd(5)} ${c.where}: ${c.what}`);
  if (!result.ok)
    console.log(
      `  ✖ breaking change without a new major version: bump info.version to ${Number(major(result.from)) + 1}.0.0 and add it to the CHANGELOG`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  try {
    if (args[0] === "--files") {
      const [baseFile, revisionFile] = args.slice(1).map((f) => resolve(f));
      if (!baseFile || !revisionFile) throw new Error("usage: npm run diff -- --files <base> <revision>");
      const base = await bundleSpec(baseFile);
      const revision = await bundleSpec(revisionFile);
      const { bump, changes } = compareSpecs(base, revision);
      const [from, to] = [base.info.version, revision.info.version];
      /** @type {Rating} */
      const result = {
        api: relative(process.cwd(), revisionFile),
        ref: relative(process.cwd(), baseFile),
        bump,
        changes,
        from,
        to,
        ok: bump !== "major" || major(from) !== major(to),
      };
      report(result);
      if (!result.ok) process.exit(1);
    } else if (args.includes("--check")) {
      const results = [];
      for (const api of listApis()) results.push(await rate(api, lastRelease(api)));
      results.forEach(report);
      if (results.some((r) => !r.ok)) process.exit(1);
    } else {
      const [name, ref] = args;
      if (!name) throw new Error("usage: npm run diff -- <api> [base-ref]");
      const api = /** @type {Api} */ (selectApis([name])[0]);
      const result = await rate(api, ref ?? lastRelease(api));
      report(result);
      if (!result.ok) process.exit(1);
    }
  } catch (error) {
    console.error(`diff: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

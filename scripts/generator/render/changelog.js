// CHANGELOG.md of a client package: a copy of specs/<api>/CHANGELOG.md, which must describe the version being
// generated (specs/VERSIONING.md).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {import("../../lib/apis.js").Api} api
 * @param {import("../model.js").Model} model
 * @returns {string}
 */
export function renderChangelog(api, { info }) {
  const { version } = info;
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
    throw new Error(`info.version of specs/${api.name}/openapi.yaml must be semver (it is the package version), got "${version}"`);
  }
  const file = join(api.specDir, "CHANGELOG.md");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (!new RegExp(`^## ${version.replace(/\./g, "\\.")}\\b`, "m").test(text)) {
    throw new Error(`specs/${api.name}/CHANGELOG.md has no "## ${version}" entry for the version in info.version`);
  }
  return `<!-- Copied from specs/${api.name}/CHANGELOG.md by scripts/generate.js. -->\n${text}`;
}

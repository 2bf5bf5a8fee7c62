// The Node.js releases the published packages are run on, one per major line users run, as binaries from the npm
// registry (the node-<platform>-<arch> packages), each fetched once into .cache/node/<version>/.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { root } from "../../scripts/lib/apis.js";

/** The newest release of each line: 20 (the oldest `engines` allows), 22 and 24 (LTS) and 26 (current). */
export const NODE_VERSIONS = ["20.20.2", "22.23.5", "24.22.3", "26.12.1"];

const run = promisify(execFile);

/** The `node` binary of `version`: this process's own when it is that release, else the registry's, cached. */
export async function nodeBinary(version: string): Promise<string> {
  if (process.version === `v${version}`) return process.execPath;
  const cache = join(root, ".cache/node");
  const binary = join(cache, version, "bin/node");
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, "fetching-"));
  try {
    const name = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}@${version}`;
    await run("npm", ["pack", name, "--pack-destination", scratch, "--silent", "--prefer-offline"], { cwd: scratch });
    const tarball = readdirSync(scratch).find((file) => file.endsWith(".tgz"));
    if (!tarball) throw new Error(`npm pack ${name} wrote no tarball`);
    await run("tar", ["-xzf", tarball, "package/bin/node"], { cwd: scratch });
    // Renamed into place only when complete, so a run that was stopped midway leaves no half-written binary.
    renameSync(join(scratch, "package"), join(cache, version));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return binary;
}

// The headless Chromium the browser tests drive, started with the flags that keep it off the network it is not
// allowed to reach: CHROMIUM_PATH when set, else a system Chromium (Debian's, say), else the one that ships inside the
// @sparticuz/chromium devDependency, so that `npm test` needs nothing but Node.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { root } from "../../scripts/lib/apis.js";

/** Where distributions install Chromium (or Chrome), in the order they are tried. */
export const SYSTEM_CHROMIUMS = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium headless; `what` names the test that needs it, for the error when none can be had. */
export async function launchChromium(what: string): Promise<Browser> {
  const executablePath = await chromiumPath().catch((error: Error) => {
    throw new Error(`${what} needs Chromium: ${error.message}`, { cause: error });
  });
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The Chromium to start: CHROMIUM_PATH (which must exist), else the first system Chromium, else the packaged one. */
export async function chromiumPath(env: NodeJS.ProcessEnv = process.env, system: string[] = SYSTEM_CHROMIUMS): Promise<string> {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, and there is no file there`);
    return configured;
  }
  return system.find((path) => existsSync(path)) ?? packagedChromium();
}

/**
 * The browser inside @sparticuz/chromium, unpacked once (about 2 s) into .cache/chromium/<version>/. Each process
 * unpacks into a scratch folder of its own and renames it into place when complete, so that parallel test workers
 * never start a half-written binary; the package itself would unpack into the shared system temp folder.
 */
export async function packagedChromium(): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(root, "node_modules/@sparticuz/chromium/package.json"), "utf8"));
  const cache = join(root, ".cache/chromium");
  const binary = join(cache, version, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, "unpacking-"));
  const { default: packaged } = await import("@sparticuz/chromium");
  // The package unpacks into os.tmpdir(), which reads TMPDIR on every call.
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    await packaged.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    renameSync(scratch, join(cache, version));
  } catch (error) {
    // Another worker finished first: use its copy.
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

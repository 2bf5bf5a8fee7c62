// The headless Chromium the browser tests drive: a system Chromium (Debian's by default, or CHROMIUM_PATH), started
// with the flags that keep it off the network it is not allowed to reach.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium, or fails naming how to install it; `what` names the test that needs it. */
export function launchChromium(what: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: ${what} needs it. Install it with ` +
        "`apt-get install -y --no-install-recommends chromium` (Debian), or point CHROMIUM_PATH at a Chromium binary.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

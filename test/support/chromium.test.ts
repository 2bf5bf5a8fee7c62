// Which Chromium the browser tests start, and that the one from the npm registry works: on a machine with a system
// Chromium (CI's, say) the browser tests never reach it, so it is checked here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumPath, packagedChromium } from "./chromium.js";

const dir = mkdtempSync(join(tmpdir(), "apispec-chromium-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chromiumPath", () => {
  it("takes CHROMIUM_PATH first, and refuses one with no file there, naming it", async () => {
    const configured = join(dir, "my-chromium");
    writeFileSync(configured, "");
    expect(await chromiumPath({ CHROMIUM_PATH: configured }, [])).toBe(configured);
    await expect(chromiumPath({ CHROMIUM_PATH: join(dir, "nowhere") }, [])).rejects.toThrow(
      `CHROMIUM_PATH is ${join(dir, "nowhere")}, and there is no file there`,
    );
  });

  it("takes the first system Chromium that exists, else the packaged one", async () => {
    const system = join(dir, "system-chromium");
    writeFileSync(system, "");
    expect(await chromiumPath({}, [join(dir, "missing"), system])).toBe(system);
    expect(await chromiumPath({}, [join(dir, "missing")])).toBe(await packagedChromium());
  });
});

describe("the Chromium from the npm registry", () => {
  it("starts headless and renders a page", async () => {
    const browser = await chromium.launch({ executablePath: await packagedChromium(), headless: true, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      await page.setContent("<main><h1>apispec</h1><p id=p></p></main><script>document.getElementById('p').textContent = 1 + 1</script>");
      expect(await page.locator("main").innerText()).toBe("apispec\n\n2");
    } finally {
      await browser.close();
    }
  }, 60_000);
});

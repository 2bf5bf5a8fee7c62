// The docs site in a real browser (headless Chromium over site/ as test/global-setup.ts builds it): the landing
// page links every API's reference page, and each Redoc page renders with no console error, no failed request and
// no request to another host, shows every operation of its spec (paths and webhooks) in the sidebar, and its search
// finds an operation by a word of its summary. Screenshots go to test-output/.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteDir } from "../scripts/docs.js";
import { listApis, root } from "../scripts/lib/apis.js";
import { serveStatic } from "../scripts/lib/static-server.js";
import { launchChromium } from "./support/chromium.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const outputDir = join(root, "test-output");

interface Operation {
  path: string;
  method: string;
  operationId: string;
  summary: string;
}

type Spec = { info: { title: string }; paths?: Record<string, Record<string, any>>; webhooks?: Record<string, Record<string, any>> };

const apis = listApis().map((api) => {
  const spec = JSON.parse(readFileSync(api.bundlePath, "utf8")) as Spec;
  const operations: Operation[] = [];
  for (const items of [spec.paths, spec.webhooks]) {
    for (const [path, item] of Object.entries(items ?? {})) {
      for (const method of METHODS.filter((m) => item[m]))
        operations.push({ path, method, operationId: item[method].operationId, summary: item[method].summary });
    }
  }
  return { ...api, spec, operations };
});

/** Redoc's sidebar and search link an operation as `#/<tag-slug>/<operationId in lower case>`. */
const slug = (op: Operation) => op.operationId.toLowerCase();

/** The most distinctive word (fewest mentions anywhere in the spec) that is in one operation's summary and no other's. */
function searchTarget(spec: Spec, operations: Operation[]) {
  const text = JSON.stringify(spec).toLowerCase();
  const words = (op: Operation): string[] => op.summary.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  const candidates = operations.flatMap((op) =>
    words(op)
      .filter((word) => operations.filter((other) => words(other).includes(word)).length === 1)
      .map((word) => ({ op, word, mentions: text.split(word).length - 1 })),
  );
  candidates.sort((a, b) => a.mentions - b.mentions || b.word.length - a.word.length);
  if (!candidates[0]) throw new Error("no operation has a summary word that is unique to it");
  return candidates[0];
}

let browser: Browser;
let server: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  server = await serveStatic(siteDir, 0);
  browser = await launchChromium("the browser docs test");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Problems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** A fresh context and page that records console errors, failed requests and (blocked) requests to other hosts. */
async function openPage(path: string): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
  const origin = new URL(server.url).origin;
  const local = (url: string) => url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:");
  const problems: Problems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (r) => {
    if (local(r.url())) problems.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  return { context, page, problems };
}

describe("docs site in Chromium", () => {
  it("landing page lists every API with a working link to its reference page", async () => {
    const { context, page, problems } = await openPage("/");
    try {
      await page.screenshot({ path: join(outputDir, "docs-landing.png"), fullPage: true });
      // Checked before following the links: going back may abort the reference page's favicon request, and those
      // pages are checked for errors by their own tests below.
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      expect(await page.locator("tbody tr").count()).toBe(apis.length);
      for (const api of apis) {
        const link = page.getByRole("link", { name: api.spec.info.title, exact: true });
        expect(await link.getAttribute("href")).toBe(`${api.name}/`);
        const row = page.locator("tbody tr").filter({ has: link });
        for (const format of ["JSON", "YAML"]) {
          const href = await row.getByRole("link", { name: format, exact: true }).getAttribute("href");
          const response = await context.request.get(new URL(href ?? "", page.url()).href);
          expect(response.status(), `${api.name} ${format} link ${href}`).toBe(200);
          expect(await response.text()).toContain(api.spec.info.title);
        }
        await link.click();
        await page.waitForURL(new URL(`${api.name}/`, server.url).href, { waitUntil: "load" });
        expect(await page.title()).toBe(`${api.spec.info.title} reference`);
        await page.getByTestId("middle-panel").getByRole("heading", { level: 1 }).filter({ hasText: api.spec.info.title }).waitFor();
        await page.goBack({ waitUntil: "load" });
      }
    } finally {
      await context.close();
    }
  }, 40_000);

  describe.each(apis)("$name reference page", (api) => {
    let context: BrowserContext;
    let page: Page;
    let problems: Problems;

    beforeAll(async () => {
      ({ context, page, problems } = await openPage(`/${api.name}/`));
      await page.getByTestId("middle-panel").getByRole("heading", { level: 1 }).filter({ hasText: api.spec.info.title }).waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    it("has unique operationIds (the sidebar and search key operations by them)", () => {
      const ids = api.operations.map(slug);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it("shows every operation in the sidebar, with its summary and method", async () => {
      // Tag groups are an accordion (opening one closes the other) and render their operations only while open,
      // so open each group in turn and read its operations. A dispatched click skips Playwright's wait for the
      // collapsing neighbour to stop moving (about 5 s less for dotsub); the search test below clicks for real.
      const groups = page.locator('.menu-content [data-component-name="Menu/MenuItem"].menu-item-type-group');
      const count = await groups.count();
      expect(count, "no tag groups in the sidebar: did Redoc's DOM change?").toBeGreaterThan(0);
      const shown = new Map<string, string>();
      for (let i = 0; i < count; i++) {
        const group = groups.nth(i);
        await group.locator(":scope > a").dispatchEvent("click");
        const items = group.locator(".menu-item-type-operation > a");
        await items.first().waitFor({ state: "visible" });
        const entries = await items.evaluateAll((links) =>
          links.map((a) => ({
            href: a.getAttribute("href") ?? "",
            label: a.querySelector("[data-text]")?.getAttribute("data-text") ?? "",
            method: a.querySelector('[data-component-name="Tags/HttpTag"]')?.textContent ?? "",
          })),
        );
        for (const { href, label, method } of entries) shown.set(href.slice(href.lastIndexOf("/") + 1), `${method.toUpperCase()} ${label}`);
      }
      const line = (op: Operation) => `${op.operationId.toLowerCase()}: ${op.method.toUpperCase()} ${op.summary}`;
      const expected = api.operations.map(line).sort();
      const actual = [...shown].map(([id, text]) => `${id}: ${text}`).sort();
      expect(actual).toEqual(expected);
    });

    const target = searchTarget(api.spec, api.operations);
    it(`search for "${target.word}" finds ${target.op.operationId} and opens it`, async () => {
      await page.getByTestId("search-trigger").click();
      const dialog = page.getByTestId("search-dialog");
      await dialog.locator("input").pressSequentially(target.word);
      const hit = dialog.locator(`a[data-component-name="Search/SearchItem"][href$="/${slug(target.op)}"]`);
      await hit.waitFor({ state: "visible" });
      expect(await hit.innerText()).toContain(target.op.summary);
      expect((await hit.locator('[data-component-name="Tags/HttpTag"]').innerText()).toLowerCase()).toBe(target.op.method);

      await hit.click();
      await dialog.waitFor({ state: "detached" });
      expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/[^#]+/${slug(target.op)}$`));
      // The operation's h2 also holds a deep-link anchor labelled "link to <summary>", hence no exact name match.
      const heading = page.locator(`[data-section-id$="/${slug(target.op)}"]`).getByRole("heading", { level: 2, name: target.op.summary });
      await heading.waitFor({ state: "visible" });
      expect(await heading.textContent()).toBe(target.op.summary);
      expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(900);
      // The sidebar follows: the operation's group is the only one open, done animating, with the operation active.
      await page.waitForFunction((id) => {
        const open = [...document.querySelectorAll<HTMLElement>(".menu-content .menu-item-type-group > div")].filter((d) =>
          d.querySelector(".menu-item-type-operation"),
        );
        return open.length === 1 && !open[0]!.style.transition && open[0]!.querySelector(`a[href$="/${id}"] [data-active="true"]`) !== null;
      }, slug(target.op));
      // The operation's TypeScript sample (x-codeSamples, from generated/<api>/samples/) is shown beside it.
      const samplePanel = page.locator(`[data-section-id$="/${slug(target.op)}"]`).first();
      const factory = `create${api.name[0]!.toUpperCase()}${api.name.slice(1)}Client`;
      await expect.poll(() => samplePanel.innerText()).toContain(`${factory}(`);
      expect(await samplePanel.innerText()).toContain(`"${target.op.path}"`);
      if (api.name === apis[0]!.name) await page.screenshot({ path: join(outputDir, `docs-${api.name}-operation.png`) });
    });

    it("logged no console error, no failed request and no request to another host", () => {
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  });
});

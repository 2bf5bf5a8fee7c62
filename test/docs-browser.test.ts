// The docs site in a real browser (headless Chromium over site/ as test/global-setup.ts builds it, served by the
// docs server): the landing page links every API's reference page and its search finds an operation of each API;
// each Redoc page renders with no console error, no failed request and no request to another host, shows every
// operation of its spec (paths and webhooks) in the sidebar once, finds one by a word of its summary, and its try-it
// console sends an operation to the API's mock (the test run's Prism) and shows what came back. Every page is
// checked at a phone's width for horizontal overflow, and weighed: bytes transferred and the time until the first
// operation is on screen, printed and written to test-output/docs-weight.json. Screenshots go to test-output/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MOCK_URLS_PATH, siteDir } from "../scripts/docs.js";
import { listApis, root } from "../scripts/lib/apis.js";
import { freePort } from "../scripts/lib/prism.js";
import { serveStatic } from "../scripts/lib/static-server.js";
import { launchChromium } from "./support/chromium.js";
import { loadFixtures } from "./support/fixtures.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const outputDir = join(root, "test-output");
const mockUrls = inject("mockUrls");
const fixtures = await loadFixtures();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The page-weight goal of a reference page: bytes transferred for the page and everything it loads. */
const PAGE_BUDGET_BYTES = 1_000_000;

interface Operation {
  path: string;
  method: string;
  operationId: string;
  summary: string;
  tag: string;
  webhook: boolean;
}

type Spec = {
  info: { title: string };
  paths?: Record<string, Record<string, any>>;
  webhooks?: Record<string, Record<string, any>>;
  components?: Record<string, Record<string, any>>;
};

const apis = listApis().map((api) => {
  const spec = JSON.parse(readFileSync(api.bundlePath, "utf8")) as Spec;
  const operations: Operation[] = [];
  for (const items of [spec.paths, spec.webhooks]) {
    for (const [path, item] of Object.entries(items ?? {})) {
      for (const method of METHODS.filter((m) => item[m])) {
        const op = item[method];
        operations.push({
          path,
          method,
          operationId: op.operationId,
          summary: op.summary,
          tag: op.tags?.[0] ?? "",
          webhook: items === spec.webhooks,
        });
      }
    }
  }
  return { ...api, spec, operations };
});

/** Redoc's sidebar and search link an operation as `#/<tag-slug>/<operationId in lower case>`. */
const slug = (op: Operation) => op.operationId.toLowerCase();

/** A $ref'd node of the spec, followed. */
function resolve(spec: Spec, node: any): any {
  if (typeof node?.$ref !== "string") return node;
  return resolve(
    spec,
    node.$ref
      .slice(2)
      .split("/")
      .reduce((o: any, k: string) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec),
  );
}

/** Fails with the offenders when the page is wider than its viewport. */
async function expectNoHorizontalOverflow(page: Page, what: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== "fixed")
      .filter((e) => ![...e.querySelectorAll("*")].some((c) => c.getBoundingClientRect().right > width + 1))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`);
    return { by: document.documentElement.scrollWidth - width, wide };
  });
  expect(overflow.by, `${what} is wider than the ${PHONE.width} px screen; widest: ${overflow.wide.join(" | ")}`).toBe(0);
}

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
  // The pages read the mocks' URLs from mocks.json: here, the URLs of this run's mocks.
  server = await serveStatic(siteDir, 0, "127.0.0.1", { files: { [MOCK_URLS_PATH]: JSON.stringify(mockUrls) } });
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

/**
 * A fresh context and page that records console errors, failed requests and (blocked) requests to other hosts.
 * `mocks`: origins the page may also send to (the try-it console's mocks); their answers are the console's business.
 */
async function openPage(
  path: string,
  { viewport = DESKTOP, mocks = [] as string[] } = {},
): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
  const origin = new URL(server.url).origin;
  const local = (url: string) => url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:");
  const mock = (url: string) => mocks.some((m) => url.startsWith(`${m}/`));
  const problems: Problems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url) || mock(url)) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" && !mock(m.location().url)) problems.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (r) => {
    if (local(r.url())) problems.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !mock(r.url())) problems.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
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
      expect(await page.locator("article.api").count()).toBe(apis.length);
      for (const api of apis) {
        const link = page.getByRole("link", { name: api.spec.info.title, exact: true });
        expect(await link.getAttribute("href")).toBe(`${api.name}/`);
        const row = page.locator("article.api").filter({ has: link });
        // The mock's base URL as this server reports it (mocks.json), not only the command that starts it.
        await expect.poll(() => row.locator("code.mock-url").innerText()).toBe(mockUrls[api.name]);
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

  it.each(apis)(
    "landing search finds an operation of $name and links to it",
    async (api) => {
      const { context, page, problems } = await openPage("/");
      try {
        const target = searchTarget(
          api.spec,
          api.operations.filter((op) => !op.webhook),
        );
        await page.getByLabel("Find an operation in any API").fill(`${target.word} ${api.spec.info.title.split(" ")[0]}`);
        const hit = page.locator("#find-results a").filter({ hasText: target.op.summary }).filter({ hasText: target.op.path });
        await hit.first().waitFor();
        if (api.name === apis[0]!.name) await page.screenshot({ path: join(outputDir, "docs-landing-search.png") });
        await hit.first().click();
        await page.waitForURL((url) => url.pathname === `/${api.name}/` && url.hash.endsWith(`/${slug(target.op)}`));
        const heading = page
          .locator(`[data-section-id$="/${slug(target.op)}"]`)
          .getByRole("heading", { level: 2, name: target.op.summary });
        await heading.waitFor({ state: "visible" });
        expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(DESKTOP.height);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await context.close();
      }
    },
    60_000,
  );

  it("landing page fits a phone's width", async () => {
    const { context, page } = await openPage("/", { viewport: PHONE });
    try {
      await page.getByLabel("Find an operation in any API").fill("list");
      await expectNoHorizontalOverflow(page, "the landing page");
      await page.screenshot({ path: join(outputDir, "docs-landing-phone.png"), fullPage: true });
    } finally {
      await context.close();
    }
  });

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
      // Beside it, the curl command made from the same examples.
      await samplePanel
        .locator('[data-component-name="Dropdown/Dropdown"]')
        .filter({ hasText: "TypeScript" })
        .getByRole("button")
        .first()
        .click();
      // Redoc renders the open menu apart from the panel.
      await page
        .locator('[role="menuitem"]:visible')
        .filter({ hasText: /^curl$/ })
        .click();
      await expect.poll(() => samplePanel.innerText()).toContain(`curl -X ${target.op.method.toUpperCase()} `);
    });

    it("lists each sidebar entry above the operations once", async () => {
      const labels = await page
        .locator('.menu-content [data-component-name="Menu/MenuItem"]:not(.menu-item-type-operation) > a')
        .evaluateAll((links) => links.map((a) => (a as HTMLElement).innerText.trim()).filter(Boolean));
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
    });

    const longest = api.operations.filter((op) => !op.webhook).sort((a, b) => b.path.length - a.path.length)[0]!;
    it(`shows its longest path (${longest.path.length} characters) whole in the request panel`, async () => {
      await page.goto(new URL(`/${api.name}/#/${longest.tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${slug(longest)}`, server.url).href);
      const title = page
        .locator(
          `[data-section-id$="/${slug(longest)}"] [data-component-name="Dropdown/Dropdown"] > [data-component-name="Button/Button"] span`,
        )
        .filter({ hasText: longest.path })
        .first();
      await title.waitFor({ state: "visible" });
      expect(await title.innerText()).toBe(longest.path);
      const clipped = await title.evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(clipped, "the path is cut off").toBeLessThanOrEqual(0);
    });

    it("logged no console error, no failed request and no request to another host", () => {
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  });
});

/** The console's operation for an API: its fixture's representative read, which the mock answers with an example. */
function tryItTarget(api: (typeof apis)[number]) {
  const fixture = fixtures.find((f) => f.name === api.name)!;
  const op = api.operations.find((o) => !o.webhook && o.method === fixture.read.method.toLowerCase() && o.path === fixture.read.path);
  if (!op) throw new Error(`${api.name}: the fixture's read ${fixture.read.method} ${fixture.read.path} is not in the spec`);
  const operation = api.spec.paths![op.path]![op.method];
  const [status, response] = Object.entries(operation.responses as Record<string, any>).find(([code]) => code.startsWith("2"))!;
  const media = resolve(api.spec, response).content?.["application/json"];
  const example = media?.example ?? resolve(api.spec, Object.values(media?.examples ?? {})[0])?.value;
  const needsAuth = (operation.security ?? (api.spec as any).security ?? []).some((r: object) => Object.keys(r).length > 0);
  return { op, status: Number(status), example, needsAuth };
}

describe("try-it console", () => {
  describe.each(apis)("$name", (api) => {
    const target = tryItTarget(api);
    const mock = new URL(mockUrls[api.name]!).origin;

    it(`sends ${target.op.operationId} to the mock and shows the status, headers and body that came back`, async () => {
      const { context, page, problems } = await openPage(
        `/${api.name}/#/${target.op.tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${slug(target.op)}`,
        {
          mocks: [mock],
        },
      );
      try {
        await page.getByRole("button", { name: "Try it" }).click();
        const dialog = page.getByRole("dialog", { name: "Try it" });
        // Opened on the operation in the address bar, with the mock's URL from mocks.json.
        await expect
          .poll(() => dialog.getByLabel("Operation").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
          .toBe(`${target.op.method.toUpperCase()} ${target.op.path} · ${target.op.summary}`);
        expect(await dialog.getByLabel("Mock base URL").inputValue()).toBe(mockUrls[api.name]);
        const send = dialog.getByRole("button", { name: `Send ${target.op.method.toUpperCase()}` });
        const status = dialog.getByLabel("Response status");
        if (target.needsAuth) {
          // Without credentials the mock refuses, and says why in sl-violations, which the console reads out.
          await send.click();
          await expect.poll(() => status.innerText()).toMatch(/^401\b/);
          expect(await dialog.getByLabel("Violations").innerText()).toMatch(/security/i);
          for (const input of await dialog.locator("input[data-auth]").all()) await input.fill("try-it-token");
        }
        await send.click();
        await expect.poll(() => status.innerText()).toMatch(new RegExp(`^${target.status}\\b`));
        if (target.example !== undefined) expect(JSON.parse(await dialog.getByLabel("Response body").innerText())).toEqual(target.example);
        const headers = await dialog.getByLabel("Response headers").innerText();
        expect(headers).toMatch(/content-type\s+application\/json/i);
        await page.screenshot({ path: join(outputDir, `docs-${api.name}-try-it.png`) });
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await context.close();
      }
    }, 60_000);
  });

  it("says how to start the mock when none answers", async () => {
    const api = apis[0]!;
    const closed = `http://127.0.0.1:${await freePort()}`;
    const { context, page } = await openPage(`/${api.name}/`, { mocks: [closed] });
    try {
      await page.getByRole("button", { name: "Try it" }).click();
      const dialog = page.getByRole("dialog", { name: "Try it" });
      const base = dialog.getByLabel("Mock base URL");
      await expect.poll(() => base.inputValue()).toBe(mockUrls[api.name]);
      await base.fill(closed);
      await dialog.getByRole("button", { name: /^Send / }).click();
      const alert = dialog.getByRole("alert");
      await alert.waitFor();
      expect(await alert.innerText()).toContain(`No mock answers at ${closed}. Start it with npm run mock -- ${api.name}`);
    } finally {
      await context.close();
    }
  });
});

describe("every page on a phone", () => {
  it.each(apis)(
    "$name reference page fits 390 px, with the console open too",
    async (api) => {
      const { context, page, problems } = await openPage(`/${api.name}/`, { viewport: PHONE });
      try {
        await page.getByTestId("middle-panel").getByRole("heading", { level: 1 }).filter({ hasText: api.spec.info.title }).waitFor();
        await expectNoHorizontalOverflow(page, `the ${api.name} page`);
        await page.screenshot({ path: join(outputDir, `docs-${api.name}-phone.png`) });
        await page.getByRole("button", { name: "Try it" }).click();
        await page
          .getByRole("dialog", { name: "Try it" })
          .getByRole("button", { name: /^Send / })
          .waitFor();
        await expectNoHorizontalOverflow(page, `the ${api.name} page with the console open`);
        await page.screenshot({ path: join(outputDir, `docs-${api.name}-phone-try-it.png`) });
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});

interface Weight {
  page: string;
  requests: number;
  transferredBytes: number;
  decodedBytes: number;
  firstOperation: string;
  firstOperationVisibleMs: number;
  encodings: string[];
}

// "First operation visible": the page is opened at its first operation's link (as the landing search and Redoc's
// sidebar link it), and the time is the page's own clock (performance.now(), from navigation start) at the first
// animation frame in which that operation's heading is in the DOM, laid out and inside the viewport. Redoc renders
// lazily and tag groups start collapsed, so a heading merely present in the server-rendered HTML does not count.
// Each page is first loaded once (the docs server compresses a file on its first request), then measured in a
// fresh browser context, so with an empty browser cache.
describe("page weight", () => {
  const weights: Weight[] = [];

  afterAll(() => {
    if (!weights.length) return;
    writeFileSync(join(outputDir, "docs-weight.json"), `${JSON.stringify(weights, null, 2)}\n`);
    console.log(
      `docs page weight (bytes transferred, cold cache; first operation visible, ms from navigation start):\n${weights
        .map(
          (w) =>
            `  ${w.page.padEnd(10)} ${(w.transferredBytes / 1024).toFixed(0).padStart(5)} KiB transferred (${(w.decodedBytes / 1024).toFixed(0)} KiB decoded, ${w.requests} requests)  first operation ${w.firstOperationVisibleMs.toFixed(0)} ms (${w.firstOperation}); ${w.encodings.join(", ")}`,
        )
        .join("\n")}`,
    );
  });

  it.each(apis)(
    "$name: bytes transferred and time to the first operation",
    async (api) => {
      const warm = await openPage(`/${api.name}/`);
      // The first operation in the sidebar: the first of the first tag group, which renders its links once opened.
      const group = warm.page.locator('.menu-content [data-component-name="Menu/MenuItem"].menu-item-type-group').first();
      await group.locator(":scope > a").dispatchEvent("click");
      const first = (await group.locator(".menu-item-type-operation > a").first().getAttribute("href"))?.replace(/^#/, "");
      await warm.context.close();
      expect(first, "no operation section on the page: did Redoc's DOM change?").toMatch(/^\/[^/]+\/[^/]+$/);

      const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce" });
      try {
        await context.addInitScript((sectionId: string) => {
          const w = window as unknown as { firstOperationVisible?: number };
          const check = () => {
            const heading = document.querySelector(`[data-section-id="${sectionId}"] h2`);
            const box = heading?.getBoundingClientRect();
            if (box && box.height > 0 && box.top >= 0 && box.top < innerHeight) w.firstOperationVisible = performance.now();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }, first!);
        const page = await context.newPage();
        const sizes: Promise<{ transferred: number; decoded: number }>[] = [];
        const encodings = new Set<string>();
        const record = (request: import("playwright-core").Request) =>
          sizes.push(
            Promise.all([request.sizes(), request.response()]).then(async ([size, response]) => {
              encodings.add((await response?.headerValue("content-encoding")) ?? "none");
              return {
                transferred: size.responseHeadersSize + size.responseBodySize,
                decoded: (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0,
              };
            }),
          );
        page.on("requestfinished", record);
        await page.goto(new URL(`/${api.name}/#${first}`, server.url).href, { waitUntil: "load" });
        const visibleMs = (await (
          await page.waitForFunction(() => (window as any).firstOperationVisible, undefined, { timeout: 30_000 })
        ).jsonValue()) as number;
        await page.waitForLoadState("networkidle");
        page.off("requestfinished", record);
        const all = await Promise.all(sizes);
        const weight: Weight = {
          page: api.name,
          requests: all.length,
          transferredBytes: all.reduce((sum, s) => sum + s.transferred, 0),
          decodedBytes: all.reduce((sum, s) => sum + s.decoded, 0),
          firstOperation: first!,
          firstOperationVisibleMs: visibleMs,
          encodings: [...encodings],
        };
        weights.push(weight);
        expect(weight.transferredBytes, `${api.name}: ${weight.transferredBytes} bytes transferred, over the 1 MB budget`).toBeLessThan(
          PAGE_BUDGET_BYTES,
        );
        await page.screenshot({ path: join(outputDir, `docs-${api.name}-desktop.png`) });
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});

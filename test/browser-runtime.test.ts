// The generated clients in a real browser: test/browser-runtime/entry.ts, which imports every API's fixture (and
// so its client factory), is bundled by esbuild for the browser (from the TypeScript sources, "source" export
// condition) and loaded into headless Chromium from a loopback page. There it makes each fixture's read and write
// against the API's Prism mock cross-origin (API keys, OAuth 2 password and client-credentials tokens, an
// Idempotency-Key), a Kazoo user login hashed with Web Crypto SHA-1 and a multipart Blob upload, and the results
// must be the mocks' documented examples, with every CORS preflight answered, no console error, no page error
// and no request leaving loopback.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { build } from "esbuild";
import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listApis, root } from "../scripts/lib/apis.js";
import { serveStatic } from "../scripts/lib/static-server.js";
import { KAZOO_ACCOUNT, upload } from "./browser-runtime/calls.js";
import type { KazooUser, Outcome, RunResult } from "./browser-runtime/entry.js";
import { launchChromium } from "./support/chromium.js";
import { type FixtureCall, sentPath } from "./support/fixture.js";
import { loadFixtures } from "./support/fixtures.js";
import { documentedData, exampleOf, type Json, resolve, takesIdempotencyKey } from "./support/spec.js";

const ENTRY = join(root, "test/browser-runtime/entry.ts");

const mockUrls = inject("mockUrls");
const user: KazooUser = { username: "Admin", password: "S3cret-Pass!", accountName: "My Awesome Office" };
const fixtures = await loadFixtures();
const specs: Record<string, Json> = Object.fromEntries(
  listApis().map((api) => [api.name, JSON.parse(readFileSync(api.bundlePath, "utf8"))]),
);

/** Request headers a page does not set itself, or that never need a CORS preflight. */
const SAFE_HEADERS =
  /^(accept|accept-language|content-language|user-agent|referer|origin|accept-encoding|connection|host|content-length|sec-.*)$/;
const SIMPLE_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)(;|$)/;

let browser: Browser;
let server: { url: string; stop: () => Promise<void> };
let dir: string;
let bundle: { code: string; inputs: string[] };

beforeAll(async () => {
  // platform "browser": esbuild refuses to bundle any Node built-in (node:* or bare), so a Node-only module
  // reachable from a client fails the build here with the importing file named.
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: root,
    bundle: true,
    platform: "browser",
    format: "esm",
    conditions: ["source"],
    outdir: "out",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"))!;
  bundle = { code: js.text, inputs: Object.keys(result.metafile.inputs) };
  dir = mkdtempSync(join(tmpdir(), "apispec-browser-"));
  for (const file of result.outputFiles) writeFileSync(join(dir, basename(file.path)), file.contents);
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>apispec clients</title>' +
      '<script type="module" src="entry.js"></script></head><body></body></html>',
  );
  server = await serveStatic(dir, 0);
  browser = await launchChromium("the browser runtime test");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("generated clients in a browser", () => {
  it("bundle for the browser from the TypeScript sources, with no Node-only code", async () => {
    // The clients and the runtime came from src/ (the "source" condition), openapi-fetch from node_modules.
    for (const api of Object.keys(mockUrls)) expect(bundle.inputs).toContain(`generated/${api}/src/index.ts`);
    expect(bundle.inputs).toContain("runtime/src/client.ts");
    expect(bundle.inputs.filter((input) => input.startsWith("node:") || !/\.(ts|mjs|js)$/.test(input))).toEqual([]);
    for (const fixture of fixtures) {
      expect(bundle.inputs).toContain(`test/${fixture.name}/fixture.ts`);
      expect(bundle.code).toContain(`function ${fixture.factory.name}(`);
    }
    // openapi-fetch's own check is guarded (`typeof process === "object" && ...`), and the runtime's environment
    // defaults read `globalThis.process?.env`; any other use would throw.
    const unguarded = bundle.code
      .split("\n")
      .map((line) => line.replace(/globalThis\.process\?\./g, ""))
      .filter((line) => /\bprocess\s*\??\.\s*\w/.test(line) && !/typeof process\s*===?\s*"object"\s*&&/.test(line));
    expect(unguarded).toEqual([]);
    expect(bundle.code).not.toMatch(/\b(require\(|Buffer\.|__dirname|__filename)/);
    // The build check itself is live: a Node built-in is refused for platform "browser".
    const refused = build({
      stdin: { contents: 'import "node:crypto";', resolveDir: root },
      bundle: true,
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    await expect(refused).rejects.toThrow(/Could not resolve "node:crypto"/);
  });

  it("call every API's mock cross-origin and get its documented examples", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    const requests: Request[] = [];
    page.on("request", (r) => requests.push(r));
    page.on("requestfailed", (r) => errors.push(`failed: ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
    // Preflights are not Playwright requests; the DevTools protocol reports them, their headers in the ExtraInfo
    // events (and no route is set, so Playwright never answers one itself: every preflight is answered by Prism).
    const cdpRequests = new Map<string, { url?: string; preflight?: boolean; asked?: string; status?: number; allowed?: string }>();
    const entry = (id: string) => cdpRequests.get(id) ?? cdpRequests.set(id, {}).get(id)!;
    const cdp = await context.newCDPSession(page);
    cdp.on("Network.requestWillBeSent", (e) =>
      Object.assign(entry(e.requestId), { url: e.request.url, preflight: e.initiator.type === "preflight" }),
    );
    cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
      entry(e.requestId).asked = e.headers["Access-Control-Request-Headers"] ?? "";
    });
    cdp.on("Network.responseReceivedExtraInfo", (e) =>
      Object.assign(entry(e.requestId), { status: e.statusCode, allowed: e.headers["Access-Control-Allow-Headers"] }),
    );
    await cdp.send("Network.enable");

    try {
      await page.goto(server.url, { waitUntil: "load" });
      await page.waitForFunction(() => typeof window.runClients === "function");
      const input = { names: fixtures.map((f) => f.name), mockUrls, user };
      const result: RunResult = await page.evaluate((i) => window.runClients(i), input);
      const data = (outcome: Outcome | undefined) => (outcome && "data" in outcome ? outcome.data : undefined);
      /** The one request the page sent for a call (Prism serves every path from its root: no base path). */
      const sent = async (api: string, call: Pick<FixtureCall, "method" | "path" | "init">) => {
        const url = `${mockUrls[api]}${sentPath({ basePath: "" }, call)}`;
        const matches = requests.filter((r) => r.method() === call.method && r.url() === url);
        expect(matches, `${call.method} ${url}`).toHaveLength(1);
        return matches[0]!;
      };

      for (const fixture of fixtures) {
        const outcomes = result.apis[fixture.name]!;
        const spec = specs[fixture.name]!;
        for (const [which, call] of [
          ["read", fixture.read],
          ["write", fixture.write],
        ] as const) {
          const outcome = outcomes[which];
          const what = `${fixture.name} ${which} ${call.method} ${call.path}`;
          // Every call went through with a documented 2xx, and the mock's documented example as data.
          expect(outcome, what).toMatchObject({ error: undefined });
          const status = "status" in outcome ? outcome.status : 0;
          expect(status, what).toBeGreaterThanOrEqual(200);
          expect(status, what).toBeLessThan(300);
          expect(data(outcome), what).toEqual(documentedData(spec, call.method, call.path, status));

          // What the browser sent: a credential of the fixture, or the access token that the mock's token endpoint
          // issued in the one token request the read and the write made between them. (Kazoo's user login below
          // makes the same GET as its read, with another token.)
          if (fixture.tokenPath) await sent(fixture.name, { method: "POST", path: fixture.tokenPath });
          const token = fixture.tokenPath && (documentedData(spec, "POST", fixture.tokenPath, 200) as Json).access_token;
          const expected = token ? [`Bearer ${token}`] : fixture.credentials;
          const url = `${mockUrls[fixture.name]}${sentPath({ basePath: "" }, call)}`;
          const carrying = [];
          for (const r of requests.filter((r) => r.method() === call.method && r.url() === url)) {
            const values = Object.values(await r.allHeaders());
            if (values.some((value) => expected.some((secret) => value.includes(secret)))) carrying.push(r);
          }
          expect(carrying, `${what}: one request with ${expected.join(" or ")}`).toHaveLength(1);
          const request = carrying[0]!;
          if (takesIdempotencyKey(spec, call.method, call.path)) {
            expect((await request.allHeaders())["idempotency-key"], what).toMatch(
              /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
            );
          }
        }
      }

      // The multipart Blob upload and the Kazoo user login.
      const { subtitleUpload, kazooLogin } = result.features;
      expect(subtitleUpload).toMatchObject({ status: 200, error: undefined });
      expect(data(subtitleUpload)).toEqual(documentedData(specs.dotsub!, "POST", upload.path, 200));
      const uploaded = await (await sent("dotsub", upload)).allHeaders();
      expect(uploaded["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      const account = { method: "GET", path: "/accounts/{account_id}", init: { params: { path: { account_id: KAZOO_ACCOUNT } } } } as const;
      expect(kazooLogin).toMatchObject({ status: 200, error: undefined });
      expect(data(kazooLogin)).toEqual(documentedData(specs.kazoo!, "GET", account.path, 200));
      // SHA-1 of "username:password" from Web Crypto, equal to Node's; then the mock's token is used.
      const login = (await sent("kazoo", { method: "PUT", path: "/user_auth" })).postData();
      const sha1 = createHash("sha1").update(`${user.username.toLowerCase()}:${user.password}`).digest("hex");
      expect(JSON.parse(login ?? "{}")).toEqual({ data: { credentials: sha1, method: "sha", account_name: user.accountName } });
      const issued = (
        exampleOf(
          specs.kazoo!,
          resolve(specs.kazoo!, specs.kazoo!.paths["/user_auth"].put.responses["201"])!.content["application/json"],
        ) as Json
      ).auth_token;
      expect(issued).toMatch(/^eyJ/);
      const kazooGets = requests.filter(
        (r) => r.method() === "GET" && r.url() === `${mockUrls.kazoo}${sentPath({ basePath: "" }, account)}`,
      );
      const kazooFixture = fixtures.find((f) => f.name === "kazoo")!;
      const usedTokens = (await Promise.all(kazooGets.map((r) => r.allHeaders()))).map((h) => h["x-auth-token"]);
      expect(usedTokens.sort()).toEqual([...kazooFixture.credentials, issued].sort());
      expect(result.environment.isSecureContext).toBe(true); // Web Crypto and crypto.randomUUID need one

      // CORS: each request with a header that is not CORS-safelisted (or a method other than GET, HEAD and POST)
      // was preflighted, and Prism allowed every header asked for. Chromium caches a preflight for 5 s, so a path
      // may show up once or twice.
      const preflights = [...cdpRequests.values()].filter((r) => r.preflight);
      for (const p of preflights)
        expect(`${p.url} asked [${p.asked}] -> ${p.status} allowed [${p.allowed}]`).toBe(
          `${p.url} asked [${p.asked}] -> 204 allowed [${p.asked}]`,
        );
      const mockOrigins = new Set(Object.values(mockUrls).map((url) => new URL(url).origin));
      const needPreflight: string[] = [];
      for (const r of requests.filter((r) => mockOrigins.has(new URL(r.url()).origin))) {
        const own = Object.entries(await r.allHeaders()).filter(
          ([name, value]) => !SAFE_HEADERS.test(name) && !(name === "content-type" && SIMPLE_TYPES.test(value)),
        );
        if (own.length || !["GET", "HEAD", "POST"].includes(r.method())) needPreflight.push(r.url());
      }
      expect(needPreflight.length).toBeGreaterThan(0);
      expect([...new Set(preflights.map((p) => p.url))].sort()).toEqual([...new Set(needPreflight)].sort());

      // Loopback only: the page and the mocks, nothing else.
      const origins = new Set([new URL(server.url).origin, ...Object.values(mockUrls).map((url) => new URL(url).origin)]);
      expect(requests.map((r) => new URL(r.url()).origin).filter((o) => !origins.has(o))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

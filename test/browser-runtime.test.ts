// The generated clients in a real browser: test/browser-runtime/entry.ts, which imports every client factory, is
// bundled by esbuild for the browser (from the TypeScript sources, "source" export condition) and loaded into
// headless Chromium from a loopback page. There it calls each API's Prism mock cross-origin through its client
// (bearer key, OAuth 2 password and client-credentials tokens, a Kazoo user login hashed with Web Crypto SHA-1,
// a multipart Blob upload), and the results must be the mocks' documented examples, with every CORS preflight
// answered, no console error, no page error and no request leaving loopback.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { root } from "../scripts/lib/apis.js";
import { serveStatic } from "../scripts/lib/static-server.js";
import type { KazooUser, MockUrls, RunResult } from "./browser-runtime/entry.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ENTRY = join(root, "test/browser-runtime/entry.ts");
const FACTORIES = ["createDubformerClient", "createDubberClient", "createDotsubClient", "createKazooClient", "createVoxboneClient"];

const mockUrls = inject("mockUrls") as MockUrls;
const user: KazooUser = { username: "Admin", password: "S3cret-Pass!", accountName: "My Awesome Office" };

type Spec = { paths: Record<string, Record<string, any>>; components?: { examples?: Record<string, { value: unknown }> } };
const specs: Record<string, Spec> = {};
/** The first documented example of an operation's JSON response: what Prism answers with. */
function example(api: keyof MockUrls, method: string, path: string, status: string): any {
  const spec = (specs[api] ??= JSON.parse(readFileSync(join(root, "generated", api, "openapi.json"), "utf8")) as Spec);
  const first = Object.values(spec.paths[path]![method].responses[status].content["application/json"].examples as Record<string, any>)[0];
  return first.$ref ? spec.components!.examples![basename(first.$ref)]!.value : first.value;
}

let browser: Browser;
let server: { url: string; stop: () => Promise<void> };
let dir: string;
let bundle: { code: string; inputs: string[] };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser runtime test needs it. Install it with ` +
        "`apt-get install -y --no-install-recommends chromium` (Debian), or point CHROMIUM_PATH at a Chromium binary.",
    );
  }
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
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
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
    for (const factory of FACTORIES) expect(bundle.code).toContain(`function ${factory}(`);
    // openapi-fetch's own check is guarded (`typeof process === "object" && ...`); any other use would throw.
    const unguarded = bundle.code.split("\n").filter((line) => /\bprocess\s*\??\.\s*\w/.test(line) && !/typeof process\s*===?\s*"object"\s*&&/.test(line));
    expect(unguarded).toEqual([]);
    expect(bundle.code).not.toMatch(/\b(require\(|Buffer\.|__dirname|__filename)/);
    // The build check itself is live: a Node built-in is refused for platform "browser".
    const refused = build({ stdin: { contents: 'import "node:crypto";', resolveDir: root }, bundle: true, platform: "browser", write: false, logLevel: "silent" });
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
    cdp.on("Network.requestWillBeSent", (e) => Object.assign(entry(e.requestId), { url: e.request.url, preflight: e.initiator.type === "preflight" }));
    cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
      entry(e.requestId).asked = e.headers["Access-Control-Request-Headers"] ?? "";
    });
    cdp.on("Network.responseReceivedExtraInfo", (e) => Object.assign(entry(e.requestId), { status: e.statusCode, allowed: e.headers["Access-Control-Allow-Headers"] }));
    await cdp.send("Network.enable");

    try {
      await page.goto(server.url, { waitUntil: "load" });
      await page.waitForFunction(() => typeof window.runClients === "function");
      const result: RunResult = await page.evaluate(([urls, u]) => window.runClients(urls, u), [mockUrls, user] as const);
      const { calls } = result;

      // Every call went through, 200, with the mock's documented example as typed data.
      for (const [name, outcome] of Object.entries(calls)) expect(outcome, name).toMatchObject({ status: 200, error: undefined });
      const data = (outcome: (typeof calls)[keyof typeof calls]) => ("data" in outcome ? outcome.data : undefined);
      expect(data(calls.balance)).toEqual(example("dubformer", "get", "/api/v1/balance", "200"));
      expect(result.typed.balanceMinutes).toBe(90);
      expect(data(calls.project)).toEqual(example("dubformer", "post", "/api/v1/projects", "200"));
      expect(data(calls.recording)).toEqual(example("dubber", "get", "/recordings/{recording_id}", "200"));
      expect(result.typed.recordingDuration).toBe(464);
      expect(data(calls.media)).toEqual(example("dotsub", "get", "/api/media/{mediaId}", "200"));
      expect(data(calls.upload)).toEqual(example("dotsub", "post", "/api/media/{mediaId}/languages/{languageId}/subtitles", "200"));
      expect(result.typed.trackId).toBe("15");
      // Kazoo's success bodies are unwrapped from their { data } envelope.
      const account = example("kazoo", "get", "/accounts/{account_id}", "200");
      expect(data(calls.kazooAccount)).toEqual(account.data);
      expect(data(calls.kazooLogin)).toEqual(account.data);
      expect(data(calls.profiles)).toEqual(example("voxbone", "get", "/profiles", "200"));
      expect(result.typed.profileIds).toEqual(["1"]);
      expect(result.environment.isSecureContext).toBe(true); // Web Crypto and crypto.randomUUID need one

      // What the browser sent: credentials in the right headers, tokens from the mocks' token endpoints.
      const sent = async (api: keyof MockUrls, method: string, path: string) => {
        const matches = requests.filter((r) => r.method() === method && r.url().startsWith(`${mockUrls[api]}${path}`));
        expect(matches, `${method} ${api} ${path}`).toHaveLength(1);
        return { headers: await matches[0]!.allHeaders(), body: matches[0]!.postData() };
      };
      expect((await sent("dubformer", "GET", "/api/v1/balance")).headers.authorization).toBe("Bearer browser-key");
      const created = (await sent("dubformer", "POST", "/api/v1/projects")).headers;
      expect(created["idempotency-key"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(created["content-type"]).toBe("application/json");
      expect((await sent("dubber", "POST", "/token")).body).toContain("grant_type=password");
      const dubberToken = example("dubber", "post", "/token", "200").access_token;
      expect((await sent("dubber", "GET", "/recordings/")).headers.authorization).toBe(`Bearer ${dubberToken}`);
      expect((await sent("dotsub", "POST", "/oauth/token")).headers["content-type"]).toBe("application/json");
      const dotsubToken = example("dotsub", "post", "/oauth/token", "200").access_token;
      expect((await sent("dotsub", "GET", "/api/media/12")).headers.authorization).toBe(`Bearer ${dotsubToken}`);
      const upload = (await sent("dotsub", "POST", "/api/media/12/languages/en-US/subtitles")).headers;
      expect(upload["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(upload.authorization).toBe(`Bearer ${dotsubToken}`);
      // The Kazoo login: SHA-1 of "username:password" from Web Crypto, equal to Node's; then the mock's token is used.
      const login = await sent("kazoo", "PUT", "/user_auth");
      const sha1 = createHash("sha1").update(`${user.username.toLowerCase()}:${user.password}`).digest("hex");
      expect(JSON.parse(login.body ?? "{}")).toEqual({ data: { credentials: sha1, method: "sha", account_name: user.accountName } });
      const kazooToken = example("kazoo", "put", "/user_auth", "201").auth_token;
      expect(kazooToken).toMatch(/^eyJ/);
      const kazooGets = requests.filter((r) => r.method() === "GET" && r.url().startsWith(`${mockUrls.kazoo}/accounts/`));
      expect((await Promise.all(kazooGets.map((r) => r.allHeaders()))).map((h) => h["x-auth-token"]).sort()).toEqual(["browser-token", kazooToken].sort());

      // CORS: each request with a header that is not CORS-safelisted (or a PUT) was preflighted, and Prism allowed
      // every header asked for. Chromium caches a preflight for 5 s, so a path may show up once or twice.
      const preflights = [...cdpRequests.values()].filter((r) => r.preflight);
      const seen = preflights.map((p) => `${new URL(p.url!).pathname} asked [${p.asked}] -> ${p.status} allowed [${p.allowed}]`);
      expect([...new Set(seen)].sort()).toEqual(
        [
          ["/accounts/3d2f7a91bc044e8da6b19f0c2e577a41", "x-auth-token"],
          ["/api/media/12", "authorization"],
          ["/api/media/12/languages/en-US/subtitles", "authorization"],
          ["/api/v1/balance", "authorization"],
          ["/api/v1/projects", "authorization,content-type,idempotency-key"],
          ["/oauth/token", "content-type"],
          ["/recordings/1630277230047825923", "authorization"],
          ["/user_auth", "content-type"],
        ].map(([path, headers]) => `${path} asked [${headers}] -> 204 allowed [${headers}]`),
      );

      // Loopback only: the page and the mocks, nothing else.
      const origins = new Set([new URL(server.url).origin, ...Object.values(mockUrls)]);
      expect(requests.map((r) => new URL(r.url()).origin).filter((o) => !origins.has(o))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

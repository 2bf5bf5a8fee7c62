// The docs site as `npm run docs` writes it (test/global-setup.ts builds it): a landing page and one offline
// reference page per API.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MOCK_URLS_PATH } from "../scripts/docs.js";
import { listApis, root } from "../scripts/lib/apis.js";

const site = join(root, "site");
const apis = listApis();

describe("docs site", () => {
  const specs = Object.fromEntries(apis.map((api) => [api.name, JSON.parse(readFileSync(api.bundlePath, "utf8"))]));
  const operationsOf = (spec: any) =>
    Object.values(spec.paths as Record<string, Record<string, any>>).flatMap((item) =>
      Object.entries(item)
        .filter(([k]) => k !== "parameters")
        .map(([method, op]) => ({ method, op })),
    );
  const card = (landing: string, name: string) => {
    const start = landing.indexOf(`<article class="api" id="api-${name}">`);
    return landing.slice(start, landing.indexOf("</article>", start));
  };

  it("lists every API on the landing page with its operation count, reference page and mock", () => {
    const landing = readFileSync(join(site, "index.html"), "utf8");
    const mocks = JSON.parse(readFileSync(join(site, MOCK_URLS_PATH.slice(1)), "utf8"));
    for (const api of apis) {
      const spec = specs[api.name];
      const row = card(landing, api.name);
      expect(row).toContain(`<a href="${api.name}/">${spec.info.title}</a>`);
      expect(row).toContain(`<dd class="operations">${operationsOf(spec).length}</dd>`);
      expect(row).toContain(`npm run mock -- ${api.name}`);
      // The mock's base URL: the stable port `npm run mock` uses, under the path of the API's server URL.
      const server = spec.servers[0];
      const path = new URL(server.url.replace(/\{(\w+)\}/g, (_: string, v: string) => server.variables[v].default)).pathname.replace(
        /\/$/,
        "",
      );
      expect(mocks[api.name]).toBe(`http://127.0.0.1:${api.port}${path}`);
      expect(row).toContain(`<code class="mock-url" data-api="${api.name}">${mocks[api.name]}</code>`);
    }
  });

  it("names a token that comes from a login as one, not as an API key", () => {
    const landing = readFileSync(join(site, "index.html"), "utf8");
    for (const api of apis) {
      const schemes = Object.values(specs[api.name].components?.securitySchemes ?? {}) as any[];
      for (const scheme of schemes.filter((s) => s["x-login"])) {
        const auth = /<dt>Auth<\/dt><dd>(.*?)<\/dd>/.exec(card(landing, api.name))?.[1];
        expect(auth).toContain(`Login token in ${scheme.in} <code>${scheme.name}</code>`);
        expect(auth).not.toContain("API key");
      }
    }
  });

  it("indexes every operation of every API for the landing search, linked to its anchor on the reference page", () => {
    const landing = readFileSync(join(site, "index.html"), "utf8");
    const index = JSON.parse(/<script type="application\/json" id="operation-index">(.*?)<\/script>/s.exec(landing)![1]!);
    const expected = apis.flatMap((api) =>
      operationsOf(specs[api.name]).map(
        ({ op }) => `${api.name}/#/${op.tags[0].toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${op.operationId.toLowerCase()}`,
      ),
    );
    expect(index.map((entry: { href: string }) => entry.href).sort()).toEqual(expected.sort());
  });

  it("lists each operation's named success examples in the landing search, and says how to ask a mock for one", () => {
    const landing = readFileSync(join(site, "index.html"), "utf8");
    const index: { id: string; examples: string[] }[] = JSON.parse(
      /<script type="application\/json" id="operation-index">(.*?)<\/script>/s.exec(landing)![1]!,
    );
    const named = (op: any) =>
      Object.entries(op.responses ?? {}).flatMap(([status, response]: [string, any]) =>
        status.startsWith("2") ? Object.keys(response.content?.["application/json"]?.examples ?? {}) : [],
      );
    const getProject = operationsOf(specs.dubformer).find(({ op }) => op.operationId === "getProject")!;
    expect(named(getProject.op)).toContain("inProgress");
    expect(index.find((entry) => entry.id === "getProject")!.examples).toEqual(named(getProject.op));
    expect(landing).toContain("<code>Prefer: example=&lt;name&gt;</code>");
    expect(landing).toContain("<code>Prefer: code=404</code>");
  });

  it.each(apis.map((a) => a.name))("describes every %s operation for the try-it console, with the spec's example body", (name) => {
    const spec = specs[name];
    const tryIt = JSON.parse(readFileSync(join(site, name, "try-it.json"), "utf8"));
    const ops = operationsOf(spec);
    expect(tryIt.operations).toHaveLength(ops.length);
    for (const { method, op } of ops) {
      const described = tryIt.operations.find((o: { operationId: string }) => o.operationId === op.operationId);
      expect(described.method).toBe(method.toUpperCase());
      const body = op.requestBody?.$ref ? spec.components.requestBodies[op.requestBody.$ref.split("/").pop()] : op.requestBody;
      const json = body?.content?.["application/json"];
      const example = json?.example ?? (json?.examples && Object.values<any>(json.examples)[0]);
      if (example && !example.$ref) expect(JSON.parse(described.body.example)).toEqual(example.value ?? example);
    }
  });

  it.each(apis.map((a) => a.name))("gives every %s operation a TypeScript and a curl sample", (name) => {
    for (const { op } of operationsOf(specs[name])) {
      expect(op["x-codeSamples"].map((s: { lang: string }) => s.lang)).toEqual(["TypeScript", "curl"]);
      expect(op["x-codeSamples"][1].source).toMatch(/^# .*\ncurl -X [A-Z]+ "/);
    }
  });

  it.each(apis.map((a) => a.name))("describes %s's servers in plain text (Redoc shows server descriptions as written)", (name) => {
    for (const server of specs[name].servers ?? []) expect(server.description ?? "").not.toMatch(/`|\*\*/);
  });

  it.each(apis.map((a) => a.name))("renders %s without loading scripts or stylesheets from another host", (name) => {
    const page = readFileSync(join(site, name, "index.html"), "utf8");
    const remote = [...page.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((url) => /^(https?:)?\/\//.test(url!));
    expect(remote).toEqual([]);
    expect(page).toContain('import { hydrate } from "../assets/redoc.standalone.js"');

    // The browser refuses the shared bundle unless the page's integrity hash matches it.
    const bundle = readFileSync(join(site, "assets/redoc.standalone.js"));
    const integrity = /integrity="(sha384-[^"]+)"/.exec(page)?.[1];
    expect(integrity).toBe(`sha384-${createHash("sha384").update(bundle).digest("base64")}`);
    expect(bundle.toString()).not.toMatch(/https:\/\/cdn\.redoc\.ly\/redoc\/logo/);
  });

  it.each(apis.map((a) => a.name))("offers %s's bundled spec for download as JSON and YAML", (name) => {
    const json = JSON.parse(readFileSync(join(site, name, "openapi.json"), "utf8"));
    expect(json.openapi).toBe("3.1.0");
    expect(readFileSync(join(site, name, "openapi.yaml"), "utf8")).toContain(`title: ${json.info.title}`);
  });
});

#!/usr/bin/env node
// Writes the static docs site to site/: a landing page listing the APIs with a search over every operation, and one
// Redoc reference page per API with a try-it console that sends any operation to that API's local mock.
// Works offline: Redoc's script is served from site/assets/ (shared by every page) instead of Redocly's CDN, and the
// console (docs-assets/, ours) loads nothing from another host.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { listApis, root } from "./lib/apis.js";
import { basePathOf, examplesOf } from "./lib/mock-routes.js";
import { bin, run } from "./lib/run.js";
import { documentedExample, exampleOf, operationsOf, resolveRef, resolveSchema } from "./lib/spec.js";

export const siteDir = join(root, "site");
/** The browser code and styles of the site, copied to site/assets/ as they are. */
const assetsSource = join(dirname(fileURLToPath(import.meta.url)), "docs-assets");
const ASSETS = ["try-it.js", "docs.css", "landing.js"];
/**
 * Where the pages read each API's mock base URL from: `{ <api>: url }`. The build writes the stable ports
 * `npm run mock` uses; a server that knows the running mocks' URLs serves its own (`serveStatic`'s `files`).
 */
export const MOCK_URLS_PATH = "/mocks.json";

/** Redoc's standalone bundle as shipped inside @redocly/cli (the file `--inlineBundle` would inline). */
function redocBundlePath() {
  const cliEntry = createRequire(import.meta.url).resolve("@redocly/cli/package.json");
  const path = join(dirname(cliEntry), "lib/chunks/redoc.standalone.js");
  if (!existsSync(path)) throw new Error(`Redoc bundle not found at ${path}: did the @redocly/cli layout change?`);
  return path;
}

/** @typedef {import("./lib/apis.js").Api} Api */
/** @typedef {import("./lib/spec.js").Json} Json */

/**
 * Writes the site; with `only`, reference pages are rebuilt just for those APIs (the rest are kept).
 * @param {Api[]} [apis]
 * @param {{ only?: Api[] }} [options]
 * @returns {Promise<{ dir: string, bytes: number }>}
 */
export async function buildDocs(apis = listApis(), { only } = {}) {
  if (!only) rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, "assets"), { recursive: true });
  const redoc = offlineRedocBundle();
  writeFileSync(join(siteDir, "assets/redoc.standalone.js"), redoc.code);
  writeFileSync(join(siteDir, "assets/favicon.svg"), FAVICON);
  for (const asset of ASSETS) copyFileSync(join(assetsSource, asset), join(siteDir, "assets", asset));
  /** @type {{ api: Api, spec: Json }[]} */
  const entries = [];
  for (const api of apis) {
    if (!existsSync(api.bundlePath)) throw new Error(`No bundled spec for ${api.name}: run \`npm run generate\` first.`);
    const spec = JSON.parse(readFileSync(api.bundlePath, "utf8"));
    const dir = join(siteDir, api.name);
    mkdirSync(dir, { recursive: true });
    const page = join(dir, "index.html");
    entries.push({ api, spec });
    if (only && !only.includes(api) && existsSync(page)) continue;
    const { code } = await run(
      bin("redocly"),
      ["build-docs", api.bundlePath, "--output", page, "--title", `${spec.info.title} reference`],
      { quiet: true },
    );
    if (code !== 0) throw new Error(`redocly build-docs failed for ${api.name}`);
    writeFileSync(page, localizeRedoc(readFileSync(page, "utf8"), api.name, redoc.integrity));
    writeFileSync(join(dir, "try-it.json"), JSON.stringify(consoleDescription(api, spec)));
    copyFileSync(api.bundlePath, join(dir, "openapi.json"));
    writeFileSync(join(dir, "openapi.yaml"), stringify(spec, { lineWidth: 0 }));
  }
  const mockUrls = defaultMockUrls(entries);
  writeFileSync(join(siteDir, "index.html"), landingPage(entries, mockUrls));
  writeFileSync(join(siteDir, MOCK_URLS_PATH.slice(1)), JSON.stringify(mockUrls));
  return { dir: siteDir, bytes: directorySize(siteDir) };
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#2f5ad8"/><path d="M4 11V5h3.5a2 2 0 0 1 0 4H4m4 0 3 2" stroke="#fff" stroke-width="1.5" fill="none"/></svg>`;

// Redoc's sidebar badge loads its logo from Redocly's CDN; offline that is a failed request, so the shared
// bundle carries the wordmark inline. The page's integrity hash is recomputed for the changed bundle.
const REDOCLY_WORDMARK = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#666">Redocly</text></svg>',
)}`;

function offlineRedocBundle() {
  const code = readFileSync(redocBundlePath(), "utf8").replace(
    /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g,
    REDOCLY_WORDMARK,
  );
  return { code, integrity: `sha384-${createHash("sha384").update(code).digest("base64")}` };
}

/**
 * Points the page at the shared local Redoc bundle; fails loudly if any other remote script or stylesheet remains.
 * @param {string} html
 * @param {string} name
 * @param {string} integrity
 */
function localizeRedoc(html, name, integrity) {
  const localized = html
    .replace(/https:\/\/cdn\.redocly\.com\/redoc\/v[\w.-]+\/bundles\/redoc\.standalone\.js/g, "../assets/redoc.standalone.js")
    .replace(/integrity="sha384-[^"]+"/g, `integrity="${integrity}"`)
    .replace(
      "</head>",
      `  <link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="../assets/docs.css">
  <script src="../assets/try-it.js" defer data-api="${escapeHtml(name)}"></script>
</head>`,
    );
  const remote = [...localized.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  if (remote.length) throw new Error(`docs page for ${name} still loads ${remote.join(", ")}`);
  return localized;
}

/** @param {Json} spec */
function operationCount(spec) {
  return operationsOf(spec).length;
}

/**
 * The login operations of an `x-login` scheme, as `PUT /user_auth`.
 * @param {Json} spec
 * @param {Json} scheme
 * @returns {string[]}
 */
function loginOperations(spec, scheme) {
  const ids = (scheme["x-login"]?.operations ?? []).map((/** @type {Json} */ o) => o.operationId);
  return operationsOf(spec)
    .filter(({ operation }) => ids.includes(operation.operationId))
    .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
}

/**
 * The auth summary on the landing page, as HTML.
 * @param {Json} spec
 */
function authKind(spec) {
  const schemes = spec.components?.securitySchemes ?? {};
  /** @type {string[]} */
  const used = [...new Set((spec.security ?? []).flatMap((/** @type {Json} */ req) => Object.keys(req)))];
  if (used.length === 0) return "none documented";
  return used
    .map((name) => {
      const s = schemes[name] ?? {};
      if (s.type === "http") return `HTTP ${escapeHtml(s.scheme)}`;
      // A scheme with x-login carries a token the caller gets by logging in, not a key issued once.
      if (s.type === "apiKey" && s["x-login"]) {
        const logins = loginOperations(spec, s).map((op) => `<code>${escapeHtml(op)}</code>`);
        return `Login token in ${escapeHtml(s.in)} <code>${escapeHtml(s.name)}</code>, from ${logins.join(" or ")}`;
      }
      if (s.type === "apiKey") return `API key in ${escapeHtml(s.in)} <code>${escapeHtml(s.name)}</code>`;
      if (s.type === "oauth2") return `OAuth 2 (${escapeHtml(Object.keys(s.flows ?? {}).join(", "))})`;
      return escapeHtml(s.type ?? name);
    })
    .join(" + ");
}

/** @type {Record<string, string>} */
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (/** @type {unknown} */ text) => String(text).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
/** JSON inside a <script> element: `<` escaped so that no string in it can end the element. */
const scriptJson = (/** @type {unknown} */ value) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * Redoc's anchor of an operation: `<tag slug>/<operationId in lower case>` (after `#/`).
 * @param {Json} operation
 */
export function operationAnchor(operation) {
  const tag = String(operation.tags?.[0] ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${tag}/${String(operation.operationId).toLowerCase()}`;
}

/**
 * Each API's mock base URL as `npm run mock` serves it: its stable port, under the server's base path.
 * @param {{ api: Api, spec: Json }[]} entries
 * @returns {Record<string, string>}
 */
function defaultMockUrls(entries) {
  return Object.fromEntries(entries.map(({ api, spec }) => [api.name, `http://127.0.0.1:${api.port}${basePathOf(spec)}`]));
}

/**
 * How the try-it console sends the operation's credentials (the first security requirement it accepts).
 * @param {Json} spec
 * @param {Json} operation
 */
function consoleAuth(spec, operation) {
  const requirement = (operation.security ?? spec.security ?? [])[0] ?? {};
  return Object.keys(requirement).map((name) => {
    const scheme = spec.components?.securitySchemes?.[name] ?? {};
    if (scheme.type === "apiKey") {
      const logins = scheme["x-login"] ? loginOperations(spec, scheme) : [];
      return {
        in: scheme.in,
        name: scheme.name,
        prefix: "",
        label: `${scheme.name} (${scheme.in})`,
        hint: logins.length ? `the auth token from ${logins.join(" or ")}` : "the API key",
      };
    }
    if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "basic") {
      return { in: "header", name: "Authorization", prefix: "Basic ", label: "Authorization: Basic", hint: "base64 of user:password" };
    }
    const hint = scheme.type === "http" ? "the API key" : "an access token";
    return { in: "header", name: "Authorization", prefix: "Bearer ", label: "Authorization: Bearer", hint };
  });
}

/**
 * The request body the console prefills: the first media type (JSON first) with the spec's example.
 * @param {Json} spec
 * @param {Json} operation
 */
function consoleBody(spec, operation) {
  const body = resolveRef(spec, operation.requestBody);
  const content = body?.content ?? {};
  const types = Object.keys(content);
  const type = types.find((t) => t.includes("json")) ?? types[0];
  if (!type) return undefined;
  const media = content[type];
  const example = documentedExample(spec, media);
  const required = body.required === true;
  if (type.includes("json"))
    return { type, kind: "json", required, example: example === undefined ? "" : JSON.stringify(example, null, 2) };
  if (type === "application/x-www-form-urlencoded" || type.startsWith("multipart/")) {
    const schema = resolveSchema(spec, media.schema) ?? {};
    /** @type {Record<string, unknown>} */
    const values = example && typeof example === "object" ? /** @type {Record<string, unknown>} */ (example) : {};
    const parts = Object.entries(schema.properties ?? {}).map(([name, property]) => {
      const part = resolveSchema(spec, /** @type {Json} */ (property)) ?? {};
      const declared = String(media.encoding?.[name]?.contentType ?? "");
      const file = Boolean(part.contentMediaType || part.format === "binary" || (declared && !/json|^text\//.test(declared)));
      const value = values[name];
      return { name, file, example: value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value) };
    });
    return { type, kind: type.startsWith("multipart/") ? "multipart" : "form", required, parts };
  }
  if (type.startsWith("text/")) return { type, kind: "text", required, example: typeof example === "string" ? example : "" };
  return { type, kind: "file", required };
}

/**
 * What the try-it console of an API's page needs, per operation, with every $ref resolved.
 * @param {Api} api
 * @param {Json} spec
 */
export function consoleDescription(api, spec) {
  return {
    api: api.name,
    title: spec.info.title,
    startCommand: `npm run mock -- ${api.name}`,
    operations: operationsOf(spec).map(({ path, method, item, operation }) => {
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(spec, p));
      return {
        anchor: operationAnchor(operation),
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? "",
        auth: consoleAuth(spec, operation),
        params: params.map((p) => {
          const value = exampleOf(spec, p);
          return {
            name: p.name,
            in: p.in,
            required: p.in === "path" || p.required === true,
            example: typeof value === "string" ? value : JSON.stringify(value),
          };
        }),
        body: consoleBody(spec, operation),
      };
    }),
  };
}

/**
 * @param {{ api: Api, spec: Json }[]} entries
 * @param {Record<string, string>} mockUrls the base URL shown on each API's card (the page updates it from mocks.json)
 */
function landingPage(entries, mockUrls) {
  const index = entries.flatMap(({ api, spec }) =>
    operationsOf(spec).map(({ path, method, operation }) => ({
      api: spec.info.title,
      method: method.toUpperCase(),
      path,
      summary: operation.summary ?? "",
      id: operation.operationId,
      href: `${api.name}/#/${operationAnchor(operation)}`,
      // What `Prefer: example=<name>` can ask the mock for.
      examples: Object.entries(examplesOf(spec, operation)).flatMap(([status, names]) => (status.startsWith("2") ? names : [])),
    })),
  );
  const cards = entries
    .map(
      ({ api, spec }) => `    <article class="api" id="api-${api.name}">
      <h2><a href="${api.name}/">${escapeHtml(spec.info.title)}</a></h2>
      <p>${escapeHtml(spec.info.summary ?? "")}</p>
      <dl>
        <dt>Operations</dt><dd class="operations">${operationCount(spec)}</dd>
        <dt>Auth</dt><dd>${authKind(spec)}</dd>
        <dt>npm package</dt><dd><code>@apispec/${api.name}</code></dd>
        <dt>Mock</dt><dd><code class="mock-url" data-api="${api.name}">${escapeHtml(mockUrls[api.name])}</code><br>started by <code>npm run mock -- ${api.name}</code></dd>
        <dt>Spec</dt><dd><a href="${api.name}/openapi.json">JSON</a> · <a href="${api.name}/openapi.yaml">YAML</a></dd>
      </dl>
    </article>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>apispec: OpenAPI specs and typed clients for voice &amp; media APIs</title>
  <link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="assets/docs.css">
  <script src="assets/landing.js" defer></script>
</head>
<body class="landing">
  <h1>apispec</h1>
  <p>Hand-written OpenAPI 3.1 specs for voice &amp; media vendor APIs, each with a typed TypeScript client and a Prism mock.
  <code>npm start</code> serves this site and every mock; each reference page can send any operation to its mock.</p>
  <p class="mock-controls">A mock answers each request with its operation's documented example, or rejects it in the
  API's own error format naming what is wrong. Ask for another answer with a header: <code>Prefer: code=404</code> for a
  documented error, <code>Prefer: example=&lt;name&gt;</code> for a named example (the search below lists each
  operation's names).</p>
  <search class="find">
    <label for="find-operation">Find an operation in any API</label>
    <input id="find-operation" type="search" autocomplete="off" placeholder="e.g. list users, voicemail, subtitles" aria-controls="find-results">
    <ol id="find-results" aria-live="polite"></ol>
  </search>
  <main class="apis">
${cards}
  </main>
  <script type="application/json" id="operation-index">${scriptJson(index)}</script>
</body>
</html>
`;
}

/**
 * @param {string} dir
 * @returns {number}
 */
function directorySize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? directorySize(path) : statSync(path).size);
  }, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { bytes } = await buildDocs();
    console.log(`docs written to site/ (${(bytes / 1024).toFixed(0)} KiB in total)`);
  } catch (error) {
    console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

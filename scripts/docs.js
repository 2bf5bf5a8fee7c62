#!/usr/bin/env node
// Writes the static docs site to site/: a landing page listing the APIs and one Redoc reference page per API.
// Works offline: Redoc's script is served from site/assets/ (shared by every page) instead of Redocly's CDN.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { listApis, root } from "./lib/apis.js";
import { bin, run } from "./lib/run.js";
import { operationsOf } from "./lib/spec.js";

export const siteDir = join(root, "site");

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
    copyFileSync(api.bundlePath, join(dir, "openapi.json"));
    writeFileSync(join(dir, "openapi.yaml"), stringify(spec, { lineWidth: 0 }));
  }
  writeFileSync(join(siteDir, "index.html"), landingPage(entries));
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
    .replace("</head>", '  <link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">\n</head>');
  const remote = [...localized.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  if (remote.length) throw new Error(`docs page for ${name} still loads ${remote.join(", ")}`);
  return localized;
}

/** @param {Json} spec */
function operationCount(spec) {
  return operationsOf(spec).length;
}

/**
 * The auth column, as HTML.
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
      if (s.type === "apiKey") return `API key in ${escapeHtml(s.in)} <code>${escapeHtml(s.name)}</code>`;
      if (s.type === "oauth2") return `OAuth 2 (${escapeHtml(Object.keys(s.flows ?? {}).join(", "))})`;
      return escapeHtml(s.type ?? name);
    })
    .join(" + ");
}

/** @type {Record<string, string>} */
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (/** @type {unknown} */ text) => String(text).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

/** @param {{ api: Api, spec: Json }[]} entries */
function landingPage(entries) {
  const rows = entries
    .map(
      ({ api, spec }) => `      <tr>
        <td><a href="${api.name}/">${escapeHtml(spec.info.title)}</a></td>
        <td>${escapeHtml(spec.info.summary ?? "")}</td>
        <td class="n">${operationCount(spec)}</td>
        <td>${authKind(spec)}</td>
        <td><code>@apispec/${api.name}</code></td>
        <td><code>npm run mock -- ${api.name}</code></td>
        <td><a href="${api.name}/openapi.json">JSON</a> · <a href="${api.name}/openapi.yaml">YAML</a></td>
      </tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>apispec: OpenAPI specs and typed clients for voice &amp; media APIs</title>
  <link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
    th { background: #f6f8fa; }
    td.n { text-align: right; }
    code { font-size: .9em; }
  </style>
</head>
<body>
  <h1>apispec</h1>
  <p>Hand-written OpenAPI 3.1 specs for voice &amp; media vendor APIs, each with a typed TypeScript client and a Prism mock.</p>
  <table>
    <thead>
      <tr><th>API</th><th>Summary</th><th>Operations</th><th>Auth</th><th>npm package</th><th>Mock</th><th>Spec</th></tr>
    </thead>
    <tbody>
${rows}
    </tbody>
  </table>
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

// A curl command per operation, from the same example values as the TypeScript sample (published beside it in the
// operation's `x-codeSamples`). Base URL and credentials come from environment variables named like the sample's.

import { exampleOf, resolveRef } from "../../lib/spec.js";
import { constantCase } from "../code.js";

/**
 * @param {import("../model.js").Model} model
 * @returns {Record<string, string>} by operationId
 */
export function renderCurlSamples(model) {
  const { info, spec, operations, servers, security } = model;
  // Without a fixed server (a host to fill in), the URL is required; with one, it is the default.
  const base = servers.baseUrl ? `\${${info.env}_URL:-${servers.baseUrl}}` : `$${info.env}_URL`;
  const auth = authHeader(info.env, security);
  return Object.fromEntries(
    operations.map((op) => {
      const params = op.params.filter((p) => p.in === "path" || p.required);
      let path = op.path;
      const query = [];
      /** @type {string[]} */
      const lines = [];
      for (const p of params) {
        const value = String(exampleOf(spec, p));
        if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(value));
        else if (p.in === "query") query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(value)}`);
        else if (p.in === "header") lines.push(`-H ${shellQuote(`${p.name}: ${value}`)}`);
      }
      if (op.auth && auth) lines.push(auth);
      if (op.idempotencyHeader) lines.push(`-H "${op.idempotencyHeader}: $(uuidgen)"`);
      lines.push(...bodyLines(op, requestMediaTypes(spec, op)));
      // An operation on a server of its own (a token endpoint on another host) is sent there.
      const item = spec.paths[op.path];
      const own = (item[op.method.toLowerCase()].servers ?? item.servers)?.[0]?.url;
      const url = `"${own ? serverUrl(own) : base}${path.replace(/["$`\\]/g, "\\$&")}${query.length ? `?${query.join("&")}` : ""}"`;
      const command = [`curl -X ${op.method} ${url}`, ...lines].join(" \\\n  ");
      return [op.operationId, `# ${op.summary}\n${command}\n`];
    }),
  );
}

/**
 * The header carrying the credentials, from an environment variable.
 * @param {string} env
 * @param {import("../security.js").Security | undefined} security
 */
function authHeader(env, security) {
  if (!security) return undefined;
  switch (security.kind) {
    case "bearer":
      return `-H "Authorization: Bearer $${env}_API_KEY"`;
    case "header":
      return `-H "${security.header}: $${env}_API_KEY"`;
    case "login":
      // The token a login answers with (the client logs in itself; curl needs the token).
      return `-H "${security.header}: $${env}_${constantCase(security.login.tokenOption)}"`;
    case "oauth2":
      return `-H "Authorization: Bearer $${env}_ACCESS_TOKEN"`;
  }
}

/**
 * The body as curl sends it: JSON or form fields from the spec's example, a multipart form, or a file as it is.
 * @param {import("../model.js").Operation} op
 * @param {string[]} mediaTypes   of the request body
 * @returns {string[]}
 */
function bodyLines(op, mediaTypes) {
  const example = /** @type {unknown} */ (op.requestExample);
  if (op.multipart) {
    const fields = example && typeof example === "object" ? /** @type {Record<string, unknown>} */ (example) : {};
    return Object.entries(op.multipart).map(([name, type]) => {
      if (type && type !== "application/json") return `-F ${shellQuote(`${name}=@file;type=${type}`)}`;
      const value = fields[name] ?? "";
      const text = typeof value === "string" ? value : JSON.stringify(value);
      return `-F ${shellQuote(`${name}=${text}${type ? `;type=${type}` : ""}`)}`;
    });
  }
  const json = mediaTypes.find((type) => type.includes("json"));
  if (!json && mediaTypes.includes("application/x-www-form-urlencoded") && example && typeof example === "object") {
    return Object.entries(example).map(([name, value]) => `--data-urlencode ${shellQuote(`${name}=${String(value)}`)}`);
  }
  if (example !== undefined) {
    return [`-H "Content-Type: ${json ?? "application/json"}"`, `--data ${shellQuote(JSON.stringify(example, null, 2))}`];
  }
  if (op.rawBody) return [`-H "Content-Type: ${op.rawBody}"`, "--data-binary @file"];
  return [];
}

/**
 * @param {import("../../lib/spec.js").Json} spec
 * @param {import("../model.js").Operation} op
 * @returns {string[]}
 */
function requestMediaTypes(spec, op) {
  const body = resolveRef(spec, spec.paths[op.path][op.method.toLowerCase()].requestBody);
  return Object.keys(body?.content ?? {});
}

/**
 * An operation's own server URL, without a trailing slash (the path brings its own).
 * @param {string} template
 */
function serverUrl(template) {
  return template.replace(/\/$/, "");
}

/**
 * A single-quoted shell word: nothing inside is expanded.
 * @param {string} text
 */
function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

// How a spec's security scheme becomes client auth, as data: which runtime provider, with which facts from the
// spec (token URL and body encoding, the `x-login` operations). An unknown scheme is a clear error naming this file.

import { resolveRef, resolveSchema } from "../lib/spec.js";
import { oneLine } from "./code.js";

/** @typedef {import("../lib/spec.js").Json} Json */
/** @typedef {import("../../runtime/src/login.js").LoginDescription} LoginDescription */

/**
 * @typedef {{ kind: "bearer", description: string | undefined }
 *   | { kind: "header", header: string, description: string | undefined }
 *   | { kind: "login", header: string, description: string | undefined, login: LoginDescription }
 *   | { kind: "oauth2", grant: "password" | "clientCredentials", description: string | undefined, tokenUrl: string,
 *       relativeTokenUrl: string | undefined, tokenPath: string | undefined, encoding: "json" | "form", audience: { description: string, default: string | undefined } | undefined }} Security
 */

/**
 * The auth of the spec's global security requirement, or undefined when it has none.
 * @param {Json} spec
 * @param {string | undefined} serverUrl
 * @param {import("./model.js").Operation[]} operations
 * @returns {Security | undefined}
 */
export function readSecurity(spec, serverUrl, operations) {
  const names = Object.keys(spec.security?.[0] ?? {});
  if (names.length === 0) return undefined;
  if (names.length > 1) throw new Error(`global security combines ${names.join(" + ")}: not supported by the generator yet`);
  const name = /** @type {string} */ (names[0]);
  /** @type {Json | undefined} */
  const scheme = spec.components?.securitySchemes?.[name];
  if (!scheme) throw new Error(`security scheme "${name}" is not defined in components.securitySchemes`);
  const description = scheme.description;
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") return { kind: "bearer", description };
  if (scheme.type === "oauth2" && (scheme.flows?.password || scheme.flows?.clientCredentials)) {
    const grant = scheme.flows.password ? "password" : "clientCredentials";
    /** @type {string} */
    const tokenUrl = scheme.flows[grant].tokenUrl;
    const token = findTokenOperation(spec, tokenUrl, serverUrl);
    const audience = token.bodySchema?.properties?.audience;
    const relativeTokenUrl = serverUrl && tokenUrl.startsWith(`${serverUrl}/`) ? tokenUrl.slice(serverUrl.length) : undefined;
    return {
      kind: "oauth2",
      grant,
      description,
      tokenUrl,
      relativeTokenUrl,
      // The token operation's path below a server of its own: a client given another baseUrl than the spec's (a
      // mock, a proxy) asks that server for tokens at this path, instead of sending credentials to the vendor's host.
      tokenPath: relativeTokenUrl ? undefined : token.path,
      encoding: token.encoding,
      audience: audience && { description: oneLine(audience.description ?? "Token audience."), default: audience.default },
    };
  }
  if (scheme.type === "apiKey" && scheme.in === "header") {
    const login = scheme["x-login"];
    if (!login) return { kind: "header", header: scheme.name, description };
    return {
      kind: "login",
      header: scheme.name,
      description,
      login: readLogin(name, scheme.name, login, operations, spec["x-envelope"]?.property),
    };
  }
  throw new Error(
    `security scheme "${name}" (type ${scheme.type}${scheme.scheme ? `, scheme ${scheme.scheme}` : ""}) has no client mapping yet: add one to scripts/generator/security.js`,
  );
}

/**
 * The operation that serves a flow's tokenUrl, to learn how its body is encoded.
 * @param {Json} spec
 * @param {string} tokenUrl
 * @param {string | undefined} serverUrl
 * @returns {{ encoding: "json" | "form", bodySchema: Json | undefined, path: string }}
 */
function findTokenOperation(spec, tokenUrl, serverUrl) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const op = item.post ?? item.put;
    if (!op) continue;
    /** @type {string[]} */
    const servers = (op.servers ?? item.servers ?? []).map((/** @type {Json} */ s) => s.url);
    const candidates = [...servers, ...(serverUrl ? [serverUrl] : [])].map((base) => `${base.replace(/\/$/, "")}${path}`);
    if (!candidates.includes(tokenUrl)) continue;
    const content = resolveRef(spec, op.requestBody)?.content ?? {};
    const form = content["application/x-www-form-urlencoded"];
    return { encoding: form ? "form" : "json", bodySchema: resolveSchema(spec, (form ?? content["application/json"])?.schema), path };
  }
  throw new Error(`no operation in the spec serves the OAuth token URL ${tokenUrl}: document the token request as an operation`);
}

/**
 * The `x-login` extension (specs/EXTENSIONS.md) as the runtime's `loginAuth` takes it.
 * @param {string} scheme
 * @param {string} header
 * @param {Json} login
 * @param {import("./model.js").Operation[]} operations
 * @param {string | undefined} envelope the `x-envelope` property, which wraps enveloped login bodies
 * @returns {LoginDescription}
 */
function readLogin(scheme, header, login, operations, envelope) {
  const where = `x-login of security scheme "${scheme}"`;
  for (const key of ["tokenProperty", "tokenOption"]) {
    if (typeof login[key] !== "string" || login[key] === "") throw new Error(`${where}: ${key} must be a non-empty string`);
  }
  if (!Array.isArray(login.operations) || login.operations.length === 0)
    throw new Error(`${where}: operations must list at least one login`);
  return {
    header,
    tokenProperty: login.tokenProperty,
    tokenOption: login.tokenOption,
    logins: login.operations.map((/** @type {Json} */ entry) => {
      const op = operations.find((candidate) => candidate.operationId === entry.operationId);
      if (!op) throw new Error(`${where} names operation ${entry.operationId}, which the spec does not have`);
      if (op.method !== "PUT" && op.method !== "POST")
        throw new Error(`${where}: ${entry.operationId} is a ${op.method}; a login is a PUT or POST`);
      /** @type {string[]} */
      const options = [];
      const use = (/** @type {string} */ option) => {
        if (!/^[A-Za-z_$][\w$]*$/.test(option))
          throw new Error(`${where}: option "${option}" of ${entry.operationId} is not an identifier`);
        if (!options.includes(option)) options.push(option);
      };
      for (const [field, value] of Object.entries(entry.body ?? {})) {
        const sha1 = typeof value === "object" && value !== null && Object.keys(value).join() === "sha1" ? value.sha1 : undefined;
        const template = typeof value === "string" ? value : sha1;
        if (typeof template !== "string")
          throw new Error(`${where}: body field ${field} of ${entry.operationId} must be a template string or { sha1: <template> }`);
        for (const [, option] of template.matchAll(/\{(\w+)(?:\|lowercase)?\}/g)) use(/** @type {string} */ (option));
        if (/[{}]/.test(template.replace(/\{\w+(?:\|lowercase)?\}/g, "")))
          throw new Error(`${where}: body field ${field} of ${entry.operationId}: a brace that is not {option} or {option|lowercase}`);
      }
      if (options.length === 0) throw new Error(`${where}: ${entry.operationId} takes no option, so a caller could never choose it`);
      return { method: op.method, path: op.path, options, body: entry.body, ...(op.envelope && envelope ? { envelope } : {}) };
    }),
  };
}

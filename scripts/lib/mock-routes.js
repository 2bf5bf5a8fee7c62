// What a mock knows about the spec it serves, beyond what Prism does: the base path its server lives under, which
// operation a request is for, and the examples and statuses each operation documents (for the `Prefer` header).
import { operationsOf, resolveRef } from "./spec.js";

/** @typedef {import("./spec.js").Json} Json */

/**
 * @typedef {object} Route
 * @property {string} method     upper case
 * @property {string} path       the spec's path template
 * @property {Json} operation
 * @property {Json[]} parameters the path item's and the operation's, resolved
 * @property {RegExp} pattern
 * @property {number} literals   how many segments are not templated: the more, the better the match
 */

/**
 * The path of the spec's first server, with its variables at their defaults (`/v2`, `/sandbox/v1`), or "" when it
 * is the root. The mock serves the API under it, so that a client's `baseUrl` is the mock's URL with it.
 * @param {Json} spec
 * @returns {string}
 */
export function basePathOf(spec) {
  const server = spec.servers?.[0];
  if (!server?.url) return "";
  const url = String(server.url).replace(/\{(\w+)\}/g, (_, name) => {
    const variable = server.variables?.[name];
    return variable?.default !== undefined ? String(variable.default) : name;
  });
  try {
    return new URL(url).pathname.replace(/\/+$/, "");
  } catch {
    // Not an absolute URL even with the defaults: a relative server URL is relative to the host that serves the spec.
    return url.startsWith("/") ? url.replace(/\/+$/, "") : "";
  }
}

/**
 * Every operation of the spec as a route, most specific first (`/users/me` before `/users/{id}`).
 * @param {Json} spec
 * @returns {Route[]}
 */
export function routesOf(spec) {
  return operationsOf(spec)
    .map(({ path, method, item, operation }) => {
      const segments = path.split("/");
      const source = segments
        .map((segment) =>
          segment
            .split(/(\{[^}]+\})/)
            .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
            .join(""),
        )
        .join("/");
      return {
        method: method.toUpperCase(),
        path,
        operation,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(spec, p)),
        pattern: new RegExp(`^${source}/?$`),
        literals: segments.filter((segment) => !segment.includes("{")).length,
      };
    })
    .sort((a, b) => b.literals - a.literals);
}

/**
 * The route a request is for: the method's, else any at that path (for a 405), else undefined.
 * @param {Route[]} routes
 * @param {string} method
 * @param {string} path   below the base path, without the query
 * @returns {Route | undefined}
 */
export function findRoute(routes, method, path) {
  const upper = method.toUpperCase();
  return routes.find((r) => r.method === upper && r.pattern.test(path)) ?? routes.find((r) => r.pattern.test(path));
}

/**
 * The example names an operation documents, per response status: what `Prefer: code=…, example=…` can ask for.
 * @param {Json} spec
 * @param {Json} operation
 * @returns {Record<string, string[]>}
 */
export function examplesOf(spec, operation) {
  /** @type {Record<string, string[]>} */
  const byStatus = {};
  for (const [status, holder] of Object.entries(operation.responses ?? {})) {
    const response = resolveRef(spec, holder);
    /** @type {Set<string>} */
    const names = new Set();
    for (const media of Object.values(response?.content ?? {})) for (const name of Object.keys(media?.examples ?? {})) names.add(name);
    byStatus[status] = [...names];
  }
  return byStatus;
}

/**
 * Prism's `Prefer` controls (`code=404`, `example=name`, `dynamic=true`), as a map.
 * @param {string | undefined} header
 * @returns {Record<string, string>}
 */
export function parsePrefer(header) {
  /** @type {Record<string, string>} */
  const prefer = {};
  for (const part of String(header ?? "").split(/[,;]/)) {
    const [key, ...value] = part.split("=");
    if (key?.trim()) prefer[key.trim().toLowerCase()] = value.join("=").trim().replace(/^"|"$/g, "");
  }
  return prefer;
}

/**
 * Why the mock cannot honour a request's `Prefer: code=…, example=…`, naming what it can serve; undefined when it can.
 * @param {Json} spec
 * @param {Route} route
 * @param {Record<string, string>} prefer
 * @returns {string | undefined}
 */
export function preferProblem(spec, route, prefer) {
  const { code, example } = prefer;
  if (code === undefined && example === undefined) return undefined;
  const examples = examplesOf(spec, route.operation);
  const listing = Object.entries(examples)
    .map(([status, names]) => `${status}: ${names.length ? names.join(", ") : "(no named example)"}`)
    .join("; ");
  const where = `${route.method} ${route.path}`;
  if (code !== undefined && !(code in examples))
    return `Prefer code=${code}: ${where} documents no ${code} answer; it documents ${listing}`;
  if (example === undefined) return undefined;
  const statuses = code !== undefined ? [code] : Object.keys(examples).filter((s) => s.startsWith("2"));
  if (statuses.some((status) => examples[status]?.includes(example))) return undefined;
  const scope = code !== undefined ? `its ${code} answer` : "its success answers";
  return `Prefer example=${example}: ${where} has no example of that name in ${scope}; examples by status: ${listing}`;
}

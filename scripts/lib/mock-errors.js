// The mock's answer to a request it rejects, in the API's own error format: the spec's `x-mock-errors`
// (specs/EXTENSIONS.md) says which status the API uses for invalid input and how its error body looks, and Prism's
// violations (its `sl-violations` header) fill in what was wrong.

/** @typedef {import("./spec.js").Json} Json */

/**
 * One thing wrong with a request, as the error body names it.
 * @typedef {{ in: string, field: string, rule: string, message: string }} Violation
 */

/**
 * What a rejection is about: invalid input (the API's invalid-input status), missing credentials (401), no such
 * operation (404, 405), a mock control the operation cannot honour (`Prefer`), or another mock failure.
 * @typedef {{ status: number, message: string, violations: Violation[] }} Rejection
 */

/** Reason phrases of the statuses a mock rejects with (an error template's `{reason}`, for APIs whose body repeats it). */
const REASONS = /** @type {Record<number, string>} */ ({
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  500: "Internal Server Error",
});

/** What Prism's rule codes mean, in words, where its own message says nothing about the field. */
const RULE_TEXT = /** @type {Record<string, string>} */ ({ required: "is required", additionalProperties: "is not allowed" });

/**
 * Prism's violations (the `sl-violations` header, or the `validation` list of its own 422 body) as fields and
 * rules. `parameters` are the operation's parameters: Prism reports query and header names in lower case, and the
 * error names them as the spec does. A body field is named inside the `envelope` property (`x-envelope`), as the
 * API's documents are.
 * @param {Json[]} raw
 * @param {Json[]} [parameters]
 * @param {string} [envelope]
 * @returns {Violation[]}
 */
export function readViolations(raw, parameters = [], envelope) {
  /** @type {Map<string, Violation>} */
  const seen = new Map();
  for (const entry of raw) {
    if (!entry || typeof entry !== "object") continue;
    /** @type {string[]} */
    const location = (Array.isArray(entry.location) ? entry.location : []).map(String);
    const where = location[0] === "request" ? location.slice(1) : location;
    const part = where[0] ?? "request";
    const path = where.slice(1);
    const text = String(entry.message ?? "");
    const rule = String(entry.code ?? "invalid");
    // Prism names the missing or extra property only in its message ("… required property 'name'", "… found 'x'").
    const named = /(?:property|found) '([^']+)'$/.exec(text)?.[1];
    if (named && (rule === "required" || rule === "additionalProperties")) path.push(named);
    if (part === "body" && envelope && path[0] === envelope && path.length > 1) path.shift();
    const declared =
      part === "body" ? undefined : parameters.find((p) => p?.in === part && String(p.name).toLowerCase() === path.join(".").toLowerCase());
    const field = declared ? String(declared.name) : path.join(".");
    const must = text.indexOf("must ");
    const message = RULE_TEXT[rule] ?? (must >= 0 ? text.slice(must) : text);
    const violation = { in: part, field: field || part, rule, message };
    seen.set(`${violation.in}\n${violation.field}\n${rule}\n${message}`, violation);
  }
  return [...seen.values()];
}

/**
 * One sentence that names every violation: `target_lang is required; pageSize (query) must be integer`.
 * @param {Violation[]} violations
 */
export function describeViolations(violations) {
  return violations
    .map((v) => (v.field === v.in ? `the ${v.in} ${v.message}` : `${v.field}${v.in === "body" ? "" : ` (${v.in})`} ${v.message}`))
    .join("; ");
}

/**
 * The `x-mock-errors` in force for an operation: the operation's own keys over the spec's.
 * @param {Json} spec
 * @param {Json | undefined} operation
 * @returns {{ status: number, body: unknown, statuses: Record<string, unknown> }}
 */
export function errorFormat(spec, operation) {
  const root = spec["x-mock-errors"] ?? {};
  const own = operation?.["x-mock-errors"] ?? {};
  const format = { ...root, ...own, statuses: { ...(own.body ? {} : root.statuses), ...own.statuses } };
  if (!Number.isInteger(format.status) || format.body === undefined)
    throw new Error("x-mock-errors needs `status` (the API's invalid-input status) and `body` (its error body template)");
  return format;
}

/**
 * The error body for a rejection: the template for its status (`statuses[status]`, else `body`) with every
 * placeholder filled (the placeholders are listed in specs/EXTENSIONS.md).
 * @param {{ status: number, body: unknown, statuses: Record<string, unknown> }} format
 * @param {Rejection} rejection
 * @param {{ method: string, path: string, now?: Date }} request
 * @returns {unknown}
 */
export function errorBody(format, rejection, { method, path, now = new Date() }) {
  const { status, message, violations } = rejection;
  /** @type {Record<string, unknown>} */
  const values = {
    status,
    "status|string": String(status),
    reason: REASONS[status] ?? "Error",
    message,
    method,
    path,
    timestamp: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    violations: violations.map(({ field, rule, message: text }) => ({ field, rule, message: text })),
    "violations|messages": violations.length ? violations.map((v) => describeViolations([v])) : [message],
    "violations|byField": violations.length ? byField(violations) : { message },
  };
  const template = format.statuses?.[String(status)] ?? format.body;
  return fill(template, values);
}

/**
 * Each field's failed rules: `{ name: { required: { message } } }`.
 * @param {Violation[]} violations
 */
function byField(violations) {
  /** @type {Record<string, Record<string, { message: string }>>} */
  const fields = {};
  for (const v of violations) (fields[v.field] ??= {})[v.rule] = { message: v.message };
  return fields;
}

/**
 * @param {unknown} template
 * @param {Record<string, unknown>} values
 * @returns {unknown}
 */
function fill(template, values) {
  if (Array.isArray(template)) return template.map((item) => fill(item, values));
  if (template && typeof template === "object")
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fill(value, values)]));
  if (typeof template !== "string") return template;
  const whole = /^\{([\w|]+)\}$/.exec(template)?.[1];
  if (whole && whole in values) return values[whole];
  return template.replace(/\{([\w|]+)\}/g, (text, name) => (name in values ? String(values[name]) : text));
}

/**
 * What the credentials an operation needs are called, for a 401 message that names them: the header of an API
 * key, `Authorization` for bearer and OAuth 2 tokens.
 * @param {Json} spec
 * @param {Json | undefined} operation
 * @returns {string}
 */
export function credentialsNeeded(spec, operation) {
  const requirements = operation?.security ?? spec.security ?? [];
  const names = [...new Set(requirements.flatMap((/** @type {Json} */ r) => Object.keys(r)))];
  const described = names.map((name) => {
    const scheme = spec.components?.securitySchemes?.[name] ?? {};
    if (scheme.type === "apiKey") return `the ${scheme.name} ${scheme.in ?? "header"}`;
    if (scheme.type === "oauth2" || scheme.type === "openIdConnect") return "the Authorization header (Bearer access token)";
    if (scheme.type === "http") return `the Authorization header (${scheme.scheme === "bearer" ? "Bearer" : scheme.scheme} credentials)`;
    return `the ${name} credentials`;
  });
  return described.length ? [...new Set(described)].join(" or ") : "credentials";
}

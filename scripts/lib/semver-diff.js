// Rates the change between two bundled specs as major, minor or patch, from a client's point of view:
// what a caller sends may only get looser, and what it receives may only get richer, without a major
// bump. (Redocly's experimental `diff` rates a removed operation or a changed type as a patch.)
import { HTTP_METHODS, resolveRef } from "./spec.js";

/** @typedef {import("./spec.js").Json} Json */
/** @typedef {"none" | "patch" | "minor" | "major"} Bump */
/** @typedef {{ impact: Bump, where: string, what: string }} Change */

const RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * @param {Json} base
 * @param {Json} revision
 * @returns {{ bump: Bump, changes: Change[] }}
 */
export function compareSpecs(base, revision) {
  /** @type {Change[]} */
  const changes = [];
  const note = (/** @type {Bump} */ impact, /** @type {string} */ where, /** @type {string} */ what) =>
    void changes.push({ impact, where, what });

  for (const [path, baseItem] of Object.entries(base.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const before = baseItem[method];
      if (!before) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const after = revision.paths?.[path]?.[method];
      if (!after) {
        note("major", where, "operation removed");
        continue;
      }
      if (before.operationId !== after.operationId)
        note("major", where, `operationId renamed ${before.operationId} → ${after.operationId}`);
      compareParameters(
        where,
        [...(baseItem.parameters ?? []), ...(before.parameters ?? [])],
        [...(revision.paths[path].parameters ?? []), ...(after.parameters ?? [])],
      );
      compareBodies(where, resolveRef(base, before.requestBody), resolveRef(revision, after.requestBody));
      compareResponses(where, before.responses ?? {}, after.responses ?? {});
      const needsCredentials = (/** @type {Json[]} */ requirements) => requirements.some((r) => Object.keys(r).length > 0);
      if (!needsCredentials(before.security ?? base.security ?? []) && needsCredentials(after.security ?? revision.security ?? [])) {
        note("major", where, "now requires credentials");
      }
    }
  }
  for (const [path, item] of Object.entries(revision.paths ?? {})) {
    for (const method of HTTP_METHODS)
      if (item[method] && !base.paths?.[path]?.[method]) note("minor", `${method.toUpperCase()} ${path}`, "operation added");
  }

  /**
   * @param {string} where
   * @param {Json[]} beforeList
   * @param {Json[]} afterList
   */
  function compareParameters(where, beforeList, afterList) {
    const key = (/** @type {Json} */ p) => `${p.in}:${p.name}`;
    const before = new Map(beforeList.map((p) => resolveRef(base, p)).map((p) => [key(p), p]));
    const after = new Map(afterList.map((p) => resolveRef(revision, p)).map((p) => [key(p), p]));
    for (const [k, p] of before) {
      const q = after.get(k);
      if (!q) note("major", where, `parameter ${k} removed`);
      else {
        if (!p.required && q.required) note("major", where, `parameter ${k} is now required`);
        if (p.required && !q.required) note("minor", where, `parameter ${k} is now optional`);
        compareSchemas(`${where} parameter ${k}`, p.schema, q.schema, "request", new Set());
      }
    }
    for (const [k, q] of after)
      if (!before.has(k)) note(q.required ? "major" : "minor", where, `parameter ${k} added${q.required ? " as required" : ""}`);
  }

  /**
   * @param {string} where
   * @param {Json | undefined} before
   * @param {Json | undefined} after
   */
  function compareBodies(where, before, after) {
    if (!before && !after) return;
    if (!after) return note("major", where, "request body removed");
    if (!before) return note(after.required ? "major" : "minor", where, `request body added${after.required ? " as required" : ""}`);
    if (!before.required && after.required) note("major", where, "request body is now required");
    for (const [type, media] of Object.entries(before.content ?? {})) {
      const next = after.content?.[type];
      if (!next) note("major", where, `request media type ${type} no longer accepted`);
      else compareSchemas(`${where} request ${type}`, media.schema, next.schema, "request", new Set());
    }
    for (const type of Object.keys(after.content ?? {}))
      if (!before.content?.[type]) note("minor", where, `request media type ${type} accepted`);
  }

  /**
   * @param {string} where
   * @param {Json} before
   * @param {Json} after
   */
  function compareResponses(where, before, after) {
    for (const [status, response] of Object.entries(before)) {
      const next = after[status];
      if (!next) {
        note(status.startsWith("2") ? "major" : "minor", where, `response ${status} removed`);
        continue;
      }
      const a = resolveRef(base, response);
      const b = resolveRef(revision, next);
      for (const [type, media] of Object.entries(a.content ?? {})) {
        const other = b.content?.[type];
        if (!other) note(status.startsWith("2") ? "major" : "minor", where, `response ${status} no longer offers ${type}`);
        else compareSchemas(`${where} response ${status} ${type}`, media.schema, other.schema, "response", new Set());
      }
    }
    for (const status of Object.keys(after))
      if (!before[status]) note(status.startsWith("2") ? "minor" : "patch", where, `response ${status} added`);
  }

  /**
   * request: the schema of what callers send (tightening breaks them);
   * response: the schema of what callers receive (widening breaks them).
   */
  /**
   * @param {string} where
   * @param {Json | undefined} a
   * @param {Json | undefined} b
   * @param {"request" | "response"} direction
   * @param {Set<string>} seen
   */
  function compareSchemas(where, a, b, direction, seen) {
    const refs = `${a?.$ref}|${b?.$ref}`;
    if (a?.$ref && b?.$ref) {
      if (seen.has(refs)) return;
      seen = new Set(seen).add(refs);
    }
    a = flatten(base, resolveRef(base, a));
    b = flatten(revision, resolveRef(revision, b));
    if (!a || !b) {
      if (a !== b) note("major", where, "schema removed or added");
      return;
    }
    const loosened = direction === "request" ? "minor" : "major";
    const tightened = direction === "request" ? "major" : "minor";
    const typesA = types(a);
    const typesB = types(b);
    if (typesA && typesB) {
      const removed = typesA.some((t) => !typesB.includes(t));
      const added = typesB.some((t) => !typesA.includes(t));
      const what = `type ${typesA.join("|")} → ${typesB.join("|")}`;
      // A replaced type breaks both sides; a pure narrowing or widening depends on the direction.
      if (removed && added) note("major", where, what);
      else if (removed) note(tightened, where, what);
      else if (added) note(loosened, where, what);
    } else if (typesA && !typesB) note(loosened, where, "type constraint removed");
    else if (!typesA && typesB) note(tightened, where, `type constrained to ${typesB.join("|")}`);
    const valuesA = a.enum ?? (a.const !== undefined ? [a.const] : undefined);
    const valuesB = b.enum ?? (b.const !== undefined ? [b.const] : undefined);
    if (valuesA && valuesB) {
      if (valuesA.some((/** @type {unknown} */ v) => !valuesB.includes(v))) note(tightened, where, "enum values removed");
      if (valuesB.some((/** @type {unknown} */ v) => !valuesA.includes(v))) note(loosened, where, "enum values added");
    } else if (!valuesA && valuesB) note(tightened, where, "values restricted to an enum");
    else if (valuesA && !valuesB) note(loosened, where, "enum restriction removed");
    for (const keyword of ["pattern", "format", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"]) {
      if (a[keyword] === b[keyword]) continue;
      if (direction === "response") note("patch", where, `${keyword} changed`);
      else if (b[keyword] === undefined) note("minor", where, `${keyword} removed`);
      else note("major", where, `${keyword} ${a[keyword] === undefined ? "added" : "changed"}: ${b[keyword]}`);
    }
    const propsA = a.properties ?? {};
    const propsB = b.properties ?? {};
    const reqA = new Set(a.required ?? []);
    const reqB = new Set(b.required ?? []);
    for (const [name, schema] of Object.entries(propsA)) {
      if (!(name in propsB)) {
        note("major", where, `property ${name} removed`);
        continue;
      }
      if (!reqA.has(name) && reqB.has(name)) note(direction === "request" ? "major" : "minor", where, `property ${name} is now required`);
      if (reqA.has(name) && !reqB.has(name)) note(direction === "request" ? "minor" : "major", where, `property ${name} is now optional`);
      compareSchemas(`${where}.${name}`, schema, propsB[name], direction, seen);
    }
    for (const name of Object.keys(propsB)) {
      if (name in propsA) continue;
      note(
        direction === "request" && reqB.has(name) ? "major" : "minor",
        where,
        `property ${name} added${reqB.has(name) ? " as required" : ""}`,
      );
    }
    if (direction === "request" && a.additionalProperties !== false && b.additionalProperties === false)
      note("major", where, "unknown properties no longer accepted");
    if (a.items || b.items) compareSchemas(`${where}[]`, a.items, b.items, direction, seen);
    for (const keyword of ["oneOf", "anyOf"]) {
      const la = a[keyword]?.length ?? 0;
      const lb = b[keyword]?.length ?? 0;
      if (lb < la) note(tightened, where, `${keyword} variants removed`);
      if (lb > la) note(loosened, where, `${keyword} variants added`);
      for (let i = 0; i < Math.min(la, lb); i++) compareSchemas(`${where} ${keyword}[${i}]`, a[keyword][i], b[keyword][i], direction, seen);
    }
  }

  /**
   * @param {Json} spec
   * @param {Json | undefined} schema
   * @returns {Json | undefined}
   */
  function flatten(spec, schema) {
    if (!schema?.allOf) return schema;
    /** @type {(Json | undefined)[]} */
    const parts = schema.allOf.map((/** @type {Json} */ s) => flatten(spec, resolveRef(spec, s)));
    return {
      ...schema,
      allOf: undefined,
      properties: Object.assign({}, ...parts.map((p) => p?.properties ?? {}), schema.properties ?? {}),
      required: [...new Set([...parts.flatMap((p) => p?.required ?? []), ...(schema.required ?? [])])],
      type: schema.type ?? parts.find((p) => p?.type)?.type,
    };
  }

  /** @param {Json} schema */
  function types(schema) {
    if (schema.type === undefined) return undefined;
    return [schema.type].flat().sort();
  }

  if (changes.length === 0 && JSON.stringify(strip(base)) !== JSON.stringify(strip(revision)))
    note("patch", "(document)", "descriptions, examples or other non-contract text changed");
  const bump = changes.reduce((/** @type {Bump} */ max, c) => (RANK[c.impact] > RANK[max] ? c.impact : max), "none");
  return { bump, changes };
}

/** The spec without its version and generated code samples, to spot text-only changes. */
/** @param {Json} spec */
function strip(spec) {
  return JSON.parse(
    JSON.stringify({ ...spec, info: { ...spec.info, version: undefined } }, (key, value) => (key === "x-codeSamples" ? undefined : value)),
  );
}

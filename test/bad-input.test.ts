// Bad input, generated with fast-check from the specs themselves.
// A. Requests that are invalid by the spec get a 4xx with a reason from every Prism mock, never a 5xx or a crash.
// B. Path parameter values, however nasty, never change the request path a generated client sends.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { discriminatorMapping } from "../scripts/lib/mock-spec.js";
import type { ApiFixture } from "./support/fixture.js";
import { loadFixtures } from "./support/fixtures.js";
import { json, startLocalServer } from "./support/local-server.js";
import { authHeaders, exampleOf, resolve } from "./support/spec.js";

type Json = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
// Fixed seeds, one per test (derived from its name), so that CI runs are reproducible; a failure prints its counterexample.
const SEED = 20_240_611;
const seedOf = (name: string) => [...name].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, SEED);
const RUNS_PER_CASE = 5;

const apis = listApis();

// ---------------------------------------------------------------------------------------------------------------
// Schema helpers: allOf (a conjunction of parts), oneOf/anyOf (followed only when one branch fits the value)
// ---------------------------------------------------------------------------------------------------------------

/** The schemas that all apply to a value of `schema`: its own keywords, its $ref target and its allOf branches. */
function parts(spec: Json, schema: unknown): Json[] {
  if (!schema || typeof schema !== "object") return [];
  const { $ref, allOf, ...own } = schema as Json;
  return [
    ...($ref ? parts(spec, resolve(spec, { $ref })) : []),
    ...((allOf as unknown[] | undefined) ?? []).flatMap((s) => parts(spec, s)),
    own,
  ];
}

/** JSON types, with numbers split so that "integer" can be told from a fraction. */
const TYPES = ["null", "boolean", "object", "array", "integer", "fraction", "string"] as const;
type JsonType = (typeof TYPES)[number];

function typeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "fraction";
  return typeof value as JsonType;
}

/** The JSON types a schema admits, or undefined when it does not constrain the type. */
function allowedTypes(spec: Json, schema: unknown): Set<JsonType> | undefined {
  let allowed: Set<JsonType> | undefined;
  const narrow = (types: Set<JsonType> | undefined) => {
    if (types) allowed = allowed ? new Set([...allowed].filter((t) => types.has(t))) : types;
  };
  for (const part of parts(spec, schema)) {
    if (part.type !== undefined) {
      narrow(new Set(([part.type].flat() as string[]).flatMap((t) => (t === "number" ? ["integer", "fraction"] : [t])) as JsonType[]));
    }
    if ("const" in part) narrow(new Set([typeOf(part.const)]));
    if (Array.isArray(part.enum)) narrow(new Set(part.enum.map(typeOf)));
    for (const key of ["oneOf", "anyOf"]) {
      if (!Array.isArray(part[key])) continue;
      const branches = (part[key] as unknown[]).map((b) => allowedTypes(spec, b));
      if (branches.every((b) => b)) narrow(new Set(branches.flatMap((b) => [...b!])));
    }
  }
  return allowed;
}

/** The value `schema` fixes with `const` for property `key` (as JSON), or undefined when it fixes none. */
function constOf(spec: Json, schema: unknown, key: string): string | undefined {
  const fixed = parts(spec, schema)
    .flatMap((p) => parts(spec, p.properties?.[key]))
    .find((p) => "const" in p);
  return fixed && JSON.stringify(fixed.const);
}

/**
 * The property of an object value that picks one branch of a oneOf/anyOf, with the branch each of its values picks
 * (keyed by the value as JSON): the `discriminator`'s, or a property that every branch requires and fixes with
 * `const`. Undefined when there is none, so that a value could fit several branches.
 */
function discriminant(
  spec: Json,
  part: Json,
  key: "oneOf" | "anyOf",
  value: unknown,
): { property: string; branches: Map<string, unknown> } | undefined {
  const branches = part[key] as unknown[];
  if (typeOf(value) !== "object") return undefined;
  const discriminator = (part.discriminator ?? {}) as Json;
  const propertyName = discriminator.propertyName;
  if (typeof propertyName === "string") {
    const refs = branches.map((b) => (b as Json)?.$ref).filter((r): r is string => typeof r === "string");
    // Named as the mock's rewrite of discriminators names them.
    const names = discriminatorMapping(discriminator, refs);
    const picked = Object.entries(names).map(
      ([name, ref]) => [JSON.stringify(name), branches.find((b) => (b as Json)?.$ref === ref)] as const,
    );
    return picked.every(([, b]) => b) ? { property: propertyName, branches: new Map(picked) } : undefined;
  }
  for (const property of Object.keys(value as Json)) {
    const fixed = branches.map((b) =>
      parts(spec, b).some((p) => (p.required as unknown[] | undefined)?.includes(property)) ? constOf(spec, b, property) : undefined,
    );
    if (fixed.every((c) => c !== undefined) && new Set(fixed).size === branches.length) {
      return { property, branches: new Map(fixed.map((c, i) => [c!, branches[i]])) };
    }
  }
  return undefined;
}

/**
 * Every schema that applies to `value`, or undefined when a oneOf/anyOf leaves more than one branch open: branches
 * are told apart by the JSON types they admit, then by the value's discriminating property (see `discriminant`).
 */
function applicable(spec: Json, schemas: unknown[], value: unknown): Json[] | undefined {
  const out: Json[] = [];
  for (const part of schemas.flatMap((s) => parts(spec, s))) {
    out.push(part);
    for (const key of ["oneOf", "anyOf"] as const) {
      if (!Array.isArray(part[key])) continue;
      let fits = (part[key] as unknown[]).filter((b) => allowedTypes(spec, b)?.has(typeOf(value)) ?? true);
      const d = fits.length > 1 ? discriminant(spec, part, key, value) : undefined;
      const picked = d?.branches.get(JSON.stringify((value as Json)[d.property]));
      if (picked && fits.includes(picked)) fits = [picked];
      if (fits.length !== 1) return undefined;
      const branch = applicable(spec, fits, value);
      if (!branch) return undefined;
      out.push(...branch);
    }
  }
  return out;
}

function matchesName(names: Json[], key: string): boolean | undefined {
  for (const n of names) {
    if (Object.keys(n).some((k) => !["pattern", "minLength", "maxLength"].includes(k))) return undefined;
    const length = [...key].length;
    if (n.pattern && !new RegExp(n.pattern, "u").test(key)) return false;
    if (length < (n.minLength ?? 0) || length > (n.maxLength ?? Infinity)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Invalid values
// ---------------------------------------------------------------------------------------------------------------

const smallJson = fc.jsonValue({ maxDepth: 1 });
const ofType: Record<JsonType, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  object: fc.dictionary(fc.string({ maxLength: 6 }), smallJson, { maxKeys: 2 }),
  array: fc.array(smallJson, { maxLength: 3 }),
  integer: fc.integer(),
  fraction: fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
  string: fc.string({ maxLength: 12 }),
};

/** A value of a JSON type the schema does not admit, or undefined when every type is admitted. */
function wrongType(allowed: Set<JsonType> | undefined): fc.Arbitrary<unknown> | undefined {
  const wrong = TYPES.filter((t) => allowed && !allowed.has(t));
  return wrong.length ? fc.oneof(...wrong.map((t) => ofType[t])) : undefined;
}

/**
 * `arbitrary` restricted to the values `keep` accepts, or undefined when no value of a fixed sample of it is one: a
 * filter that no value passes would never end (a boolean outside `[true, false]`, a new name where the only names
 * allowed are taken).
 */
function filtered<T>(arbitrary: fc.Arbitrary<T>, keep: (value: T) => boolean): fc.Arbitrary<T> | undefined {
  return fc.sample(arbitrary, { numRuns: 100, seed: SEED }).some(keep) ? arbitrary.filter(keep) : undefined;
}

/** A value of the same JSON type as the enum's (or const's) values, but none of them; undefined when there is none. */
function outsideEnum(values: unknown[]): fc.Arbitrary<unknown> | undefined {
  const same = [...new Set(values.map(typeOf))].map((t) => ofType[t]);
  return filtered(fc.oneof(...same), (v) => !values.some((e) => JSON.stringify(e) === JSON.stringify(v)));
}

// ---------------------------------------------------------------------------------------------------------------
// Where a body can be made invalid: every object node of a valid example, with the schemas that apply to it
// ---------------------------------------------------------------------------------------------------------------

type Kind =
  | "required property removed"
  | "property of the wrong type"
  | "value outside enum/const"
  | "property not allowed"
  | "not an object";
type Pointer = (string | number)[];
interface Site {
  kind: Kind;
  /** Replaces the node at `at` in (a copy of) the example. */
  at: Pointer;
  mutate: fc.Arbitrary<{ label: string; node: (node: any) => unknown }>;
}

const withKey = (node: Json, key: string, value: unknown) =>
  Object.fromEntries([...Object.entries(node).filter(([k]) => k !== key), [key, value]]);
const showPointer = (at: Pointer, key?: string) => `/${[...at, ...(key === undefined ? [] : [key])].join("/")}`;

/** The body replaced whole by a value of a JSON type its schema does not admit. */
function rootSite(spec: Json, schema: unknown, required: boolean): Site | undefined {
  const allowed = allowedTypes(spec, schema);
  // Prism reads a `null` body as no body, which an optional body may be: it is no wrong type there.
  const wrong = wrongType(allowed && !required ? new Set([...allowed, "null" as const]) : allowed);
  return wrong && { kind: "not an object", at: [], mutate: wrong.map((v) => ({ label: `body ${JSON.stringify(v)}`, node: () => v })) };
}

function sitesOf(spec: Json, schemas: unknown[], value: unknown, at: Pointer, out: Site[] = []): Site[] {
  const all = applicable(spec, schemas, value);
  if (!all) return out;
  if (Array.isArray(value)) {
    const items = all.filter((p) => p.items && typeof p.items === "object").map((p) => p.items);
    if (items.length) for (const [i, item] of value.entries()) sitesOf(spec, items, item, [...at, i], out);
    return out;
  }
  if (typeOf(value) !== "object") return out;
  const node = value as Json;
  const declared = new Map<string, unknown[]>();
  for (const p of all) for (const [k, s] of Object.entries((p.properties ?? {}) as Json)) declared.set(k, [...(declared.get(k) ?? []), s]);
  const patterns = all.flatMap((p) => Object.keys(p.patternProperties ?? {})).map((r) => new RegExp(r, "u"));
  const additional = all
    .filter((p) => p.additionalProperties && typeof p.additionalProperties === "object")
    .map((p) => p.additionalProperties);
  const names = all.filter((p) => p.propertyNames).map((p) => p.propertyNames as Json);
  const closed = all.some((p) => p.additionalProperties === false);
  const undeclared = (k: string) => !declared.has(k) && !patterns.some((r) => r.test(k));

  for (const key of new Set(all.flatMap((p) => (p.required ?? []) as string[]))) {
    if (key in node)
      out.push({
        kind: "required property removed",
        at,
        mutate: fc.constant({
          label: `remove ${showPointer(at, key)}`,
          node: (n: Json) => Object.fromEntries(Object.entries(n).filter(([k]) => k !== key)),
        }),
      });
  }
  // A discriminating property's other values pick other branches, which the changed value might fit: it takes none of them.
  const picking = new Map<string, unknown[]>();
  for (const p of all) {
    for (const key of ["oneOf", "anyOf"] as const) {
      const d = Array.isArray(p[key]) ? discriminant(spec, p, key, node) : undefined;
      if (d) picking.set(d.property, [...(picking.get(d.property) ?? []), ...[...d.branches.keys()].map((v) => JSON.parse(v))]);
    }
  }
  for (const [key, schemas] of declared) {
    const wrong = wrongType(allowedTypes(spec, { allOf: schemas }));
    if (wrong)
      out.push({
        kind: "property of the wrong type",
        at,
        mutate: wrong.map((v) => ({ label: `${showPointer(at, key)} = ${JSON.stringify(v)}`, node: (n: Json) => withKey(n, key, v) })),
      });
    const own = schemas
      .flatMap((s) => parts(spec, s))
      .flatMap((p) => ("const" in p ? [[p.const]] : Array.isArray(p.enum) ? [p.enum as unknown[]] : []));
    const taken = picking.get(key);
    const enums = taken ? [[...own.flat(), ...taken]] : own;
    for (const values of enums) {
      const outside = outsideEnum(values);
      if (outside)
        out.push({
          kind: "value outside enum/const",
          at,
          mutate: outside.map((v) => ({ label: `${showPointer(at, key)} = ${JSON.stringify(v)}`, node: (n: Json) => withKey(n, key, v) })),
        });
    }
  }
  // A new property whose name the schema accepts, with a value of a type additionalProperties does not admit.
  const wrongExtra = closed ? undefined : wrongType(allowedTypes(spec, { allOf: additional }));
  if (wrongExtra && additional.length && names.every((n) => matchesName([n], "x") !== undefined)) {
    // Names of propertyNames' pattern, when it has one: few names of the plain form may fit it (menu keys are digits).
    const pattern = names.find((n) => n.pattern)?.pattern as string | undefined;
    const candidates = pattern ? fc.stringMatching(new RegExp(pattern, "u")) : fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
    const fresh = filtered(candidates, (k) => !(k in node) && undeclared(k) && matchesName(names, k) === true);
    if (fresh)
      out.push({
        kind: "property of the wrong type",
        at,
        mutate: fc
          .tuple(fresh, wrongExtra)
          .map(([k, v]) => ({ label: `${showPointer(at, k)} = ${JSON.stringify(v)}`, node: (n: Json) => withKey(n, k, v) })),
      });
  }
  // A property the schema does not allow: any unknown name when additionalProperties is false, else a name propertyNames refuses.
  const unknownName = closed
    ? filtered(fc.string({ minLength: 1, maxLength: 12 }), (k) => !(k in node) && undeclared(k))
    : names.length && names.every((n) => matchesName([n], "x") !== undefined)
      ? filtered(fc.string({ maxLength: 12 }), (k) => !(k in node) && !declared.has(k) && matchesName(names, k) === false)
      : undefined;
  if (unknownName) {
    out.push({
      kind: "property not allowed",
      at,
      mutate: fc
        .tuple(unknownName, smallJson)
        .map(([k, v]) => ({ label: `add ${JSON.stringify(k)} at ${showPointer(at)}`, node: (n: Json) => withKey(n, k, v) })),
    });
  }

  for (const [key, child] of Object.entries(node)) {
    if (child === null || typeof child !== "object") continue;
    const byPattern = all.flatMap((p) =>
      Object.entries((p.patternProperties ?? {}) as Json)
        .filter(([r]) => new RegExp(r, "u").test(key))
        .map(([, s]) => s),
    );
    const childSchemas = [...(declared.get(key) ?? []), ...byPattern, ...(undeclared(key) ? additional : [])];
    if (childSchemas.length) sitesOf(spec, childSchemas, child, [...at, key], out);
  }
  return out;
}

function replaceAt(root: unknown, at: Pointer, replace: (node: any) => unknown): unknown {
  if (at.length === 0) return replace(root);
  const [head, ...rest] = at;
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as Json) };
  copy[head!] = replaceAt(copy[head!], rest, replace);
  return copy;
}

// ---------------------------------------------------------------------------------------------------------------
// Operations and their valid requests (the spec's examples), sent with plain fetch
// ---------------------------------------------------------------------------------------------------------------

interface Operation {
  api: string;
  spec: Json;
  method: string;
  path: string;
  name: string;
  params: Json[];
  headers: Record<string, string>;
  pathValues: Record<string, string>;
  query: Record<string, string>;
  /** application/json request schema, its examples and whether the body is required; undefined when the operation takes no JSON body. */
  json?: { schema: Json; examples: unknown[]; required: boolean };
  /** The operation requires a body that is not JSON (multipart, form): params cannot be tested with a valid body. */
  otherBody: boolean;
}

const operations: Operation[] = apis.flatMap((api) => {
  const spec: Json = JSON.parse(readFileSync(api.bundlePath, "utf8"));
  return Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method): Operation => {
      const operation = item[method] as Json;
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: Json) => resolve(spec, p)!);
      const values = (where: string, all = false) =>
        Object.fromEntries(params.filter((p) => p.in === where && (p.required || all)).map((p) => [p.name, String(exampleOf(spec, p))]));
      const requestBody = resolve(spec, operation.requestBody);
      const media = requestBody?.content?.["application/json"] as Json | undefined;
      return {
        api: api.name,
        spec,
        method: method.toUpperCase(),
        path,
        name: operation.operationId,
        params,
        headers: { ...authHeaders(spec, operation), ...values("header"), ...(media ? { "Content-Type": "application/json" } : {}) },
        pathValues: values("path", true),
        query: values("query"),
        json: media && {
          schema: media.schema,
          examples: media.examples ? Object.values(media.examples as Json).map((e) => resolve(spec, e)!.value) : [exampleOf(spec, media)],
          required: Boolean(requestBody?.required),
        },
        otherBody: !media && Boolean(requestBody?.required),
      };
    }),
  );
});

async function send(op: Operation, change: { path?: Record<string, string>; query?: Record<string, string>; body?: string } = {}) {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(change.path?.[name] ?? op.pathValues[name]!));
  const query = Object.entries({ ...op.query, ...change.query })
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
  const body = change.body ?? (op.json ? JSON.stringify(op.json.examples[0]) : undefined);
  const request = `${op.method} ${path}${query ? `?${query}` : ""}${body === undefined ? "" : ` ${body}`}`;
  // Prism serves every path from its root, including operations with their own `servers`.
  const response = await fetch(`${inject("mockUrls")[op.api]}${path}${query ? `?${query}` : ""}`, {
    method: op.method,
    headers: op.headers,
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  const violations: unknown[] = [];
  const header = response.headers.get("sl-violations") ?? "[]";
  try {
    violations.push(...[JSON.parse(header)].flat());
  } catch {
    // Prism cuts a list of violations too long for a header to its first 8 kB, after "Too many violations! ": no
    // longer JSON, but still the reasons. Anything else is not a reason.
    if (header.startsWith("Too many violations! ")) violations.push(header);
  }
  try {
    const answer = JSON.parse(text);
    if (Array.isArray(answer?.validation)) violations.push(...answer.validation);
  } catch {
    // not JSON: no violations in the body
  }
  return {
    status: response.status,
    violations,
    answer: `${response.status} violations: ${JSON.stringify(violations)} body: ${text.slice(0, 300)}`,
    request,
  };
}

/** The mock refused the request with a 4xx and said why, naming where the problem is (`body`, or the parameter). */
async function expectRefused(op: Operation, change: Parameters<typeof send>[1], about: string[]) {
  const { status, violations, answer, request } = await send(op, change);
  const context = `${request}\n  -> ${answer}`;
  expect(status, context).toBeGreaterThanOrEqual(400);
  expect(status, context).toBeLessThan(500);
  expect(violations.length, `no reason given: ${context}`).toBeGreaterThan(0);
  const reason = JSON.stringify(violations).toLowerCase();
  expect(
    about.every((word) => reason.includes(word.toLowerCase())),
    `the reason is not about ${about.join(" ")}: ${context}`,
  ).toBe(true);
}

/** The operation's valid example requests (every JSON body example) get a 2xx: before, to trust the base; after, to see the mock still works. */
async function expectValid(op: Operation) {
  for (const example of op.json?.examples ?? [undefined]) {
    const { status, answer, request } = await send(op, example === undefined ? {} : { body: JSON.stringify(example) });
    expect(status, `a valid request was refused: ${request}\n  -> ${answer}`).toBeLessThan(300);
  }
}

interface BadCase {
  label: string;
  op: Operation;
  arbitrary: fc.Arbitrary<{ label: string; change: Parameters<typeof send>[1] }>;
  about: string[];
}

const bodyCases: BadCase[] = operations.flatMap((op) => {
  if (!op.json) return [];
  const { schema, examples, required } = op.json;
  const root = rootSite(op.spec, schema, required);
  const sites = [
    ...(root ? [{ site: root, example: examples[0] }] : []),
    ...examples.flatMap((example) => sitesOf(op.spec, [schema], example, []).map((site) => ({ site, example }))),
  ];
  const kinds = [...new Set(sites.map((s) => s.site.kind))];
  return kinds.map((kind) => ({
    label: `${op.name} body: ${kind}`,
    op,
    about: ["body"],
    arbitrary: fc
      .constantFrom(...sites.filter((s) => s.site.kind === kind))
      .chain(({ site, example }) =>
        site.mutate.map((m) => ({ label: m.label, change: { body: JSON.stringify(replaceAt(example, site.at, m.node)) } })),
      ),
  }));
});

/** Values a path or query parameter's schema refuses: outside its pattern or enum, or not an integer (or below/above its range). */
function invalidParameterValues(spec: Json, param: Json): fc.Arbitrary<string> | undefined {
  const schema = { allOf: [param.schema ?? {}] };
  const own = parts(spec, schema);
  const choices: fc.Arbitrary<string>[] = [];
  const patterns = own.filter((p) => typeof p.pattern === "string").map((p) => new RegExp(p.pattern, "u"));
  if (patterns.length) choices.push(fc.string({ maxLength: 40 }).filter((s) => patterns.some((r) => !r.test(s))));
  const enums = own.filter((p) => Array.isArray(p.enum)).map((p) => (p.enum as unknown[]).map(String));
  if (enums.length) choices.push(fc.string({ maxLength: 12 }).filter((s) => enums.some((e) => !e.includes(s))));
  if (allowedTypes(spec, schema)?.has("integer") && !allowedTypes(spec, schema)?.has("string")) {
    // Not the text of an integer: words, fractions. (Blank values and forms like "0x10" or " 1" are left out as ambiguous.)
    choices.push(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== "" && !Number.isInteger(Number(s))));
    choices.push(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 9 })).map(([i, f]) => `${i}.${f}`));
    const minimum = own.find((p) => typeof p.minimum === "number")?.minimum as number | undefined;
    const maximum = own.find((p) => typeof p.maximum === "number")?.maximum as number | undefined;
    if (minimum !== undefined) choices.push(fc.integer({ min: minimum - 1000, max: minimum - 1 }).map(String));
    if (maximum !== undefined) choices.push(fc.integer({ min: maximum + 1, max: maximum + 1000 }).map(String));
  }
  if (!choices.length) return undefined;
  // Not "": an empty query value is commonly read as no value (Prism does, and answers 200); in a path, "", "." and
  // ".." would change the path itself rather than the parameter.
  return fc.oneof(...choices).filter((s) => s !== "" && (param.in !== "path" || (s !== "." && s !== "..")));
}

const parameterCases: BadCase[] = operations.flatMap((op) =>
  op.otherBody
    ? []
    : op.params
        .filter((p) => p.in === "path" || p.in === "query")
        .flatMap((param) => {
          const values = invalidParameterValues(op.spec, param);
          if (!values) return [];
          return [
            {
              label: `${op.name} ${param.in} parameter ${param.name}`,
              op,
              about: [param.in, param.name],
              arbitrary: values.map((v) => ({ label: `${param.name}=${JSON.stringify(v)}`, change: { [param.in]: { [param.name]: v } } })),
            },
          ];
        }),
);

describe("invalid requests get a 4xx with a reason from the mock", () => {
  it("has a JSON body case for every operation that takes a JSON body", () => {
    const withJson = operations.filter((op) => op.json).map((op) => `${op.api} ${op.name}`);
    expect(new Set(bodyCases.map((c) => `${c.op.api} ${c.op.name}`))).toEqual(new Set(withJson));
    expect(withJson.length).toBeGreaterThan(0);
  });

  describe.each(apis.map((a) => a.name))("%s", (name) => {
    const cases = [...bodyCases, ...parameterCases].filter((c) => c.op.api === name);
    it.each(cases.map((c) => [c.label, c] as const))("%s", async (_, c) => {
      await expectValid(c.op);
      await fc.assert(
        fc.asyncProperty(c.arbitrary, ({ change }) => expectRefused(c.op, change, c.about)),
        { numRuns: RUNS_PER_CASE, seed: seedOf(`${c.op.api} ${c.label}`) },
      );
      // Prism is still up and still accepts valid requests.
      await expectValid(c.op);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// B. Path parameters never change the request path
// ---------------------------------------------------------------------------------------------------------------

type Server = Awaited<ReturnType<typeof startLocalServer>>;
interface PathCase {
  fixture: ApiFixture;
  /** The request path the server sees for the template, before the first parameter: e.g. Kazoo's /v2. */
  prefix: string;
  /** The API's GET with a JSON answer and the most path parameters (the first in the spec among equals); "" when it has none. */
  template: string;
  /** Paths the client calls for a token; answered by the local server, not counted as the call. */
  authPaths: string[];
  call(server: Server, path: Record<string, string>): Promise<{ status: number }>;
}

function mostParameters(spec: Json): string | undefined {
  const count = (template: string) => template.split("{").length - 1;
  const json = ([, item]: [string, Json]) =>
    Object.entries(resolve(spec, item.get)?.responses ?? {}).some(
      ([code, response]) =>
        code.startsWith("2") && Object.keys(resolve(spec, response as Json)?.content ?? {}).some((type) => type.includes("json")),
    );
  const candidates = Object.entries(spec.paths as Json).filter(
    ([template, item]) => item.get && count(template) > 0 && json([template, item]),
  );
  return candidates.reduce<string | undefined>(
    (best, [template]) => (best === undefined || count(template) > count(best) ? template : best),
    undefined,
  );
}

const token = { access_token: "tok", token_type: "bearer", expires_in: 86_400, refresh_token: "ref" };
const pathCases: Record<string, PathCase> = Object.fromEntries(
  (await loadFixtures()).map((fixture) => {
    const spec: Json = JSON.parse(readFileSync(apis.find((api) => api.name === fixture.name)!.bundlePath, "utf8"));
    const template = mostParameters(spec) ?? "";
    const pathCase: PathCase = {
      fixture,
      prefix: fixture.basePath,
      template,
      authPaths: fixture.tokenPath ? [`${fixture.basePath}${fixture.tokenPath}`] : [],
      call: (server, path) => fixture.connect(`${server.url}${fixture.basePath}`, { retry: false }).GET(template, { params: { path } }),
    };
    return [fixture.name, pathCase];
  }),
);

const REFUSED = ["", ".", ".."];
const NASTY = [
  "../x",
  "a/../b",
  "..%2Fx",
  "?q=1",
  "#frag",
  "%2F",
  "%2e%2e",
  "%",
  "%zz",
  "a b",
  "é 漢",
  "/",
  "//evil.example",
  "a?b#c",
  "...",
  "\\..\\x",
  "😀",
  ...REFUSED,
];
const segmentValue = fc.oneof(
  fc.string({
    unit: fc.constantFrom("/", ".", "?", "#", "%", " ", "+", "&", "=", ";", "\\", "é", "漢", "😀", "a", "Z", "0", "2", "F", "e", "~", "\t"),
    maxLength: 10,
  }),
  fc.constantFrom(...NASTY),
);

describe("path parameters never change the request path", () => {
  it("has a path case for every API: a GET with a path parameter", () => {
    expect(Object.keys(pathCases).sort()).toEqual(apis.map((a) => a.name).sort());
    for (const [name, c] of Object.entries(pathCases)) expect(c.template, name).toMatch(/\{[^}]+\}/);
  });

  describe.each(Object.entries(pathCases))("%s", (_name, c) => {
    let server: Server;
    beforeAll(async () => {
      server = await startLocalServer((req, res) => {
        if (c.authPaths.includes(req.path)) return json(res, 200, token);
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(c.fixture.wrap("{}"));
      });
    });
    afterAll(() => server.close());

    const names = [...c.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const expected = new RegExp(
      `^${escaped(c.prefix)}${c.template
        .split(/\{[^}]+\}/)
        .map(escaped)
        .join("([^/?#]*)")}$`,
    );

    it(`GET ${c.template}: each value is one segment that decodes back; "", "." and ".." are refused before any request`, async () => {
      const values = fc.record(Object.fromEntries(names.map((n) => [n, segmentValue])) as Record<string, fc.Arbitrary<string>>);
      const property = fc.asyncProperty(values, async (path) => {
        const before = server.seen.length;
        if (Object.values(path).some((v) => REFUSED.includes(v))) {
          await expect(c.call(server, path)).rejects.toThrow(TypeError);
          expect(server.seen.slice(before)).toEqual([]);
          return;
        }
        const { status } = await c.call(server, path);
        expect(status).toBe(200);
        const calls = server.seen.slice(before).filter((r) => !c.authPaths.includes(r.path));
        expect(calls.map((r) => r.method)).toEqual(["GET"]);
        const seen = calls[0]!.path;
        const match = expected.exec(seen);
        expect(match, `${JSON.stringify(path)} was sent as ${seen}`).not.toBeNull();
        expect(Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match![i + 1]!)]))).toEqual(path);
        // No dot segments either: a server that normalises the path sees the same one.
        expect(new URL(seen, "http://127.0.0.1").pathname).toBe(seen);
      });
      const examples = NASTY.map((v) => [Object.fromEntries(names.map((n, i) => [n, i === 0 ? v : "ok"]))] as [Record<string, string>]);
      await fc.assert(property, { numRuns: 150, seed: seedOf(c.template), examples });
    });
  });
});

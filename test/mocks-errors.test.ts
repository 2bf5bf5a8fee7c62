// Every API's mock refuses a request that breaks a rule of its spec with the API's own invalid-input status and
// error shape (the spec's `x-mock-errors`), naming the field, and keeps Prism's violations in `sl-violations`.
// Each kind of rule is broken once per API; a kind an API's spec has no rule of is checked to be absent from it.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, inject, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { errorFormat } from "../scripts/lib/mock-errors.js";
import { findRoute, routesOf } from "../scripts/lib/mock-routes.js";
import { type Json, resolve } from "./support/spec.js";

type Kind = "required" | "type" | "enum" | "pattern" | "length" | "auth" | "unknown path";
interface Case {
  method: string;
  /** Below the API's base URL, with the query. */
  path: string;
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** What the error must name. */
  names: string;
}
/** A kind of rule an API's spec does not have, and how the test checks that it does not. */
interface Absent {
  absent: string;
  check(spec: Json): boolean;
}

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const bearer = { Authorization: "Bearer test-token" };
const dubformerProject = { source_lang: "en", target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" };
const voxboneProfile = { remoteSipUri: "sip:+3225001234@example.com" };

const CASES: Record<string, Record<Kind, Case | Absent> & { token?: Case }> = {
  dubber: {
    required: {
      method: "POST",
      path: "/accounts/acme/users",
      headers: bearer,
      body: { role: "Standard User", first_name: "A" },
      names: "last_name",
    },
    type: { method: "GET", path: "/accounts/acme/recordings?count=many", headers: bearer, names: "count" },
    enum: {
      method: "POST",
      path: "/accounts/acme/users",
      headers: bearer,
      body: { role: "Boss", first_name: "A", last_name: "B" },
      names: "role",
    },
    pattern: { method: "GET", path: "/accounts/acme/recordings?after_id=abc", headers: bearer, names: "after_id" },
    length: {
      method: "POST",
      path: "/accounts/acme/users",
      headers: bearer,
      body: { role: "Standard User", first_name: "A".repeat(129), last_name: "B" },
      names: "first_name",
    },
    auth: { method: "GET", path: "/accounts/acme", names: "Authorization" },
    "unknown path": { method: "GET", path: "/no-such-thing", headers: bearer, names: "/no-such-thing" },
    token: {
      method: "POST",
      path: "/token",
      form: { grant_type: "magic", client_id: "key", client_secret: "secret", username: "u", password: "p" },
      names: "grant_type",
    },
  },
  dubformer: {
    required: { method: "POST", path: "/api/v1/projects", headers: bearer, body: { source_lang: "en" }, names: "target_lang" },
    type: {
      method: "POST",
      path: "/api/v1/projects",
      headers: bearer,
      body: { ...dubformerProject, use_emotional_transfer: "yes" },
      names: "use_emotional_transfer",
    },
    enum: {
      method: "POST",
      path: "/api/v1/projects",
      headers: bearer,
      body: { ...dubformerProject, mixing_mode: "loud" },
      names: "mixing_mode",
    },
    pattern: { absent: "no pattern in any request", check: (spec) => !requestSchemasUse(spec, (s) => s.pattern !== undefined) },
    length: {
      // An empty path segment is another path, and Prism takes an empty header for no header.
      absent: "only minLength 1 on path and header parameters, which no request can break",
      check: (spec) =>
        !requestSchemasUse(
          spec,
          (s, where) =>
            (s.minLength ?? 1) > 1 || s.maxLength !== undefined || (s.minLength !== undefined && !["path", "header"].includes(where)),
        ),
    },
    auth: { method: "GET", path: "/api/v1/projects/12345", names: "Authorization" },
    "unknown path": { method: "GET", path: "/api/v1/no-such-thing", headers: bearer, names: "/api/v1/no-such-thing" },
  },
  dotsub: {
    required: {
      method: "POST",
      path: "/api/projects",
      headers: bearer,
      body: { name: "P", fallbackMediaLanguage: { languageId: "en" } },
      names: "organizationId",
    },
    type: { method: "GET", path: "/api/media?pageSize=abc", headers: bearer, names: "pageSize" },
    enum: { method: "GET", path: "/api/media/12/languages/en/subtitles/DOCX", headers: bearer, names: "subtitleFormat" },
    pattern: { method: "GET", path: "/api/media?sort=bogus", headers: bearer, names: "sort" },
    length: { method: "PATCH", path: "/api/media/12", headers: bearer, body: { fileName: "" }, names: "fileName" },
    auth: { method: "GET", path: "/api/media", names: "Authorization" },
    "unknown path": { method: "GET", path: "/api/no-such-thing", headers: bearer, names: "/api/no-such-thing" },
    token: {
      method: "POST",
      path: "/oauth/token",
      body: { client_id: "id", client_secret: "secret", grant_type: "client_credentials" },
      names: "audience",
    },
  },
  kazoo: {
    required: { method: "PUT", path: "/api_auth", body: { data: {} }, names: "api_key" },
    type: { method: "GET", path: `/accounts/${ACCOUNT}/children?page_size=many`, headers: { "X-Auth-Token": "t" }, names: "page_size" },
    enum: { method: "PUT", path: "/api_auth", body: { data: { api_key: "a".repeat(64) }, verb: "GET" }, names: "verb" },
    pattern: { method: "GET", path: "/accounts/NOT-AN-ID", headers: { "X-Auth-Token": "t" }, names: "account_id" },
    length: { method: "GET", path: "/phone_numbers?prefix=12345678901", headers: { "X-Auth-Token": "t" }, names: "prefix" },
    auth: { method: "GET", path: `/accounts/${ACCOUNT}`, names: "X-Auth-Token" },
    "unknown path": { method: "GET", path: "/no-such-thing", headers: { "X-Auth-Token": "t" }, names: "/no-such-thing" },
  },
  voxbone: {
    required: {
      absent: "no required field or parameter in any request",
      check: (spec) =>
        !requestSchemasUse(spec, (s) => Array.isArray(s.required) && s.required.length > 0) &&
        !operations(spec).some((o) => o.parameters.some((p) => p.required && p.in !== "path")),
    },
    type: { method: "PUT", path: "/profiles", body: { ...voxboneProfile, record: "yes" }, names: "record" },
    enum: { method: "PUT", path: "/profiles", body: { ...voxboneProfile, recordPrompt: "loud" }, names: "recordPrompt" },
    pattern: { absent: "no pattern in any request", check: (spec) => !requestSchemasUse(spec, (s) => s.pattern !== undefined) },
    length: { method: "PUT", path: "/profiles", body: { ...voxboneProfile, recordFormat: "" }, names: "recordFormat" },
    auth: {
      absent: "no security requirement",
      check: (spec) => operations(spec).every((o) => (o.operation.security ?? spec.security ?? []).length === 0),
    },
    "unknown path": { method: "GET", path: "/no-such-thing", names: "/no-such-thing" },
  },
};

const pointerToken = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");

function operations(spec: Json) {
  return Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    ["get", "put", "post", "delete", "patch"]
      .filter((m) => item[m])
      .map((m) => ({
        path,
        operation: item[m] as Json,
        parameters: [...(item.parameters ?? []), ...(item[m].parameters ?? [])].map((p: Json) => resolve(spec, p)!),
      })),
  );
}

/** Whether any schema a request is checked against (parameters and bodies, at any depth) satisfies `test`. */
function requestSchemasUse(spec: Json, test: (schema: Json, where: string) => boolean): boolean {
  const seen = new Set<unknown>();
  const visit = (node: unknown, where: string): boolean => {
    if (!node || typeof node !== "object" || seen.has(node)) return false;
    seen.add(node);
    const schema = resolve(spec, node as Json)!;
    if (schema !== node && visit(schema, where)) return true;
    if (test(schema, where)) return true;
    return Object.values(schema).some((child) => visit(child, where));
  };
  return operations(spec).some(
    ({ operation, parameters }) =>
      parameters.some((p) => visit(p.schema, p.in)) ||
      Object.values(resolve(spec, operation.requestBody)?.content ?? {}).some((media) => visit((media as Json).schema, "body")),
  );
}

/** The parts of an error body where the template puts what went wrong (`{message}`, `{violations…}`), as text. */
function violationText(template: unknown, body: unknown): string {
  if (typeof template === "string") return /\{(message|violations[^}]*)\}/.test(template) ? JSON.stringify(body) : "";
  if (Array.isArray(template)) return Array.isArray(body) ? body.map((item) => violationText(template[0], item)).join(" ") : "";
  if (template && typeof template === "object")
    return Object.entries(template)
      .map(([key, value]) => violationText(value, (body as Json | undefined)?.[key]))
      .join(" ");
  return "";
}

/** The template's fixed values and keys, with `"{…}"` placeholders as any value: the shape the body must have. */
function expectShape(body: unknown, template: unknown, where = "body"): void {
  if (typeof template === "string" && /^\{[\w|]+\}$/.test(template)) {
    expect(body, where).toBeDefined();
    return;
  }
  if (typeof template === "string" && /\{[\w|]+\}/.test(template)) {
    expect(typeof body, where).toBe("string");
    return;
  }
  if (Array.isArray(template)) {
    expect(Array.isArray(body), where).toBe(true);
    for (const item of body as unknown[]) expectShape(item, template[0], `${where}[]`);
    return;
  }
  if (template && typeof template === "object") {
    expect(Object.keys(body as Json).sort(), where).toEqual(Object.keys(template).sort());
    for (const [key, value] of Object.entries(template)) expectShape((body as Json)[key], value, `${where}.${key}`);
    return;
  }
  expect(body, where).toEqual(template);
}

const specs = new Map(listApis().map((api) => [api.name, JSON.parse(readFileSync(api.bundlePath, "utf8")) as Json]));

describe.each(listApis().map((api) => api.name))("%s mock", (name) => {
  const spec = specs.get(name)!;
  const routes = routesOf(spec);
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...spec, $id: "spec" });
  const cases = CASES[name];
  if (!cases) throw new Error(`add the ${name} API's cases to test/mocks-errors.test.ts`);

  const send = async (c: Case) => {
    const headers: Record<string, string> = { ...c.headers };
    let body: string | undefined;
    if (c.form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(c.form).toString();
    } else if (c.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(c.body);
    }
    const response = await fetch(`${inject("mockUrls")[name]}${c.path}`, { method: c.method, headers, body });
    return { response, json: (await response.json()) as Json };
  };

  it.each(Object.entries(cases).map(([kind, c]) => [kind, c] as const))("%s", async (kind, c) => {
    if ("absent" in c) {
      expect(c.check(spec), `${name} has a rule of kind "${kind}": test one`).toBe(true);
      return;
    }
    const { response, json } = await send(c);
    const route = findRoute(routes, c.method, c.path.split("?")[0]!);
    const operation = route?.method === c.method ? route.operation : undefined;
    const format = errorFormat(spec, operation);
    const status = kind === "auth" ? 401 : kind === "unknown path" ? 404 : format.status;
    expect(response.status, JSON.stringify(json)).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    if (kind !== "unknown path") expect(JSON.parse(response.headers.get("sl-violations") ?? "[]").length).toBeGreaterThan(0);
    const template = format.statuses[String(status)] ?? format.body;
    expectShape(json, template);
    expect(violationText(template, json)).toContain(c.names);
    // Where the operation documents the status, the body is one of its documented error bodies.
    const response_ = operation?.responses?.[String(status)];
    if (route && response_ && resolve(spec, response_)?.content?.["application/json"]?.schema) {
      const at = response_.$ref ?? `#/paths/${pointerToken(route.path)}/${c.method.toLowerCase()}/responses/${status}`;
      const validate = ajv.compile({ $ref: `spec${at}/content/application~1json/schema` });
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

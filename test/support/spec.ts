// Reading bundled specs in tests: $ref resolution and example values (the generator's own, from scripts/lib/spec.js),
// and the auth headers an operation needs.
import { resolveRef, exampleOf as specExample } from "../../scripts/lib/spec.js";

export type Json = Record<string, any>;

/** Follows `$ref`s (JSON Pointers into the same document) until a node that is not one. */
export const resolve: (spec: Json, node: Json | undefined) => Json | undefined = resolveRef;

/** The example value of a parameter or media type: its example, first named example, or its schema's. */
export const exampleOf: (spec: Json, holder: Json) => unknown = specExample;

/** Dummy credentials in the form the operation's security scheme asks for (mocks check presence only). */
export function authHeaders(spec: Json, operation: Json): Record<string, string> {
  const requirement = (operation.security ?? spec.security ?? [])[0] ?? {};
  const headers: Record<string, string> = {};
  for (const name of Object.keys(requirement)) {
    const scheme = spec.components.securitySchemes[name];
    if (scheme.type === "apiKey" && scheme.in === "header") headers[scheme.name] = "test-token";
    else headers.Authorization = "Bearer test-token";
  }
  return headers;
}

/** Whether the operation declares an Idempotency-Key header (the generator's rule: the client then fills one in). */
export function takesIdempotencyKey(spec: Json, method: string, path: string): boolean {
  const item = spec.paths[path] as Json;
  const params = [...(item.parameters ?? []), ...(item[method.toLowerCase()].parameters ?? [])].map((p: Json) => resolve(spec, p)!);
  return params.some((p) => p.in === "header" && /^idempotency-key$/i.test(p.name));
}

/** The data a client returns for a mock's answer: the first documented JSON example, out of the spec's `x-envelope`. */
export function documentedData(spec: Json, method: string, path: string, status: number): unknown {
  const response = resolve(spec, spec.paths[path][method.toLowerCase()].responses[String(status)]);
  const body = exampleOf(spec, response!.content["application/json"]);
  const envelope = spec["x-envelope"]?.property as string | undefined;
  return envelope && body && typeof body === "object" && envelope in body ? (body as Json)[envelope] : body;
}

// Reading bundled specs in tests: $ref resolution, example values and the auth headers an operation needs.
export type Json = Record<string, any>;

/** Follows `$ref`s (JSON Pointers into the same document) until a node that is not one. */
export function resolve(spec: Json, node: Json | undefined): Json | undefined {
  if (!node?.$ref) return node;
  const target = (node.$ref as string)
    .slice(2)
    .split("/")
    .reduce((o: Json, k) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  return resolve(spec, target);
}

/** The example value of a parameter or media type: its example, first named example, or its schema's. */
export function exampleOf(spec: Json, holder: Json): unknown {
  if (holder.example !== undefined) return holder.example;
  const named = Object.values(holder.examples ?? {})[0] as Json | undefined;
  if (named) return resolve(spec, named)!.value;
  const schema = resolve(spec, holder.schema) ?? {};
  return schema.examples?.[0] ?? schema.default ?? schema.enum?.[0] ?? (schema.type === "integer" ? 1 : "1");
}

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

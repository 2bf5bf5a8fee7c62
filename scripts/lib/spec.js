// Reading a bundled spec: $ref resolution, a schema's properties across its composition keywords, the
// operations of its paths, and the example values it documents.

/** @typedef {Record<string, any>} Json */

/** The HTTP methods of operations, as the clients name them in lower case (`client.GET`, …); OpenAPI's `trace` has no client method. */
export const HTTP_METHODS = /** @type {const} */ (["get", "put", "post", "delete", "patch", "head", "options"]);

/**
 * One segment of a JSON Pointer (RFC 6901) as written in a `$ref`, and back: `~1` is `/`, `~0` is `~`.
 * @param {string} token
 */
export const escapePointerToken = (token) => token.replace(/~/g, "~0").replace(/\//g, "~1");
/** @param {string} token */
export const unescapePointerToken = (token) => token.replace(/~1/g, "/").replace(/~0/g, "~");

/**
 * Follows `$ref`s (JSON Pointers into the same document) until a node that is not one.
 * @template T
 * @param {Json} spec
 * @param {T} node
 * @returns {T}
 */
export function resolveRef(spec, node) {
  const ref = /** @type {{ $ref?: unknown } | undefined} */ (node)?.$ref;
  if (typeof ref !== "string") return node;
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((obj, key) => obj?.[unescapePointerToken(key)], spec);
  if (!target) throw new Error(`unresolved $ref ${ref}`);
  return resolveRef(spec, /** @type {T} */ (target));
}

/**
 * The schema with `$ref` followed and the properties of its allOf/oneOf/anyOf parts merged in.
 * @param {Json} spec
 * @param {Json | undefined} schema
 * @returns {Json | undefined}
 */
export function resolveSchema(spec, schema) {
  if (!schema) return undefined;
  const resolved = resolveRef(spec, schema);
  const parts = resolved.allOf ?? resolved.oneOf ?? resolved.anyOf;
  if (!parts) return resolved;
  /** @type {(Json | undefined)[]} */
  const merged = parts.map((/** @type {Json} */ part) => resolveSchema(spec, part));
  return { ...resolved, properties: Object.assign({}, ...merged.map((p) => p?.properties ?? {}), resolved.properties ?? {}) };
}

/**
 * Every operation of the spec's paths, in document order.
 * @param {Json} spec
 * @returns {{ path: string, method: typeof HTTP_METHODS[number], item: Json, operation: Json }[]}
 */
export function operationsOf(spec) {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method, item, operation: item[method] })),
  );
}

/**
 * The example a parameter or media type documents: its `example`, else its first named example.
 * @param {Json} spec
 * @param {Json} holder
 * @returns {unknown}
 */
export function documentedExample(spec, holder) {
  if (holder.example !== undefined) return holder.example;
  const named = Object.values(holder.examples ?? {})[0];
  return named ? resolveRef(spec, named).value : undefined;
}

/**
 * A value for a parameter: the example it documents, else one its schema suggests, else a placeholder of its type.
 * @param {Json} spec
 * @param {Json} holder
 * @returns {unknown}
 */
export function exampleOf(spec, holder) {
  const documented = documentedExample(spec, holder);
  if (documented !== undefined) return documented;
  const schema = resolveSchema(spec, holder.schema) ?? {};
  return schema.examples?.[0] ?? schema.default ?? schema.enum?.[0] ?? schema.const ?? placeholder(schema.type);
}

/** @param {unknown} type */
function placeholder(type) {
  if (type === "integer" || type === "number") return 1;
  return type === "boolean" ? true : "example";
}

/**
 * What a media type carries, as far as a client cares: JSON, text (read with `parseAs: "text"`) or binary bytes.
 * @param {string} mediaType
 * @returns {"json" | "text" | "binary"}
 */
export function mediaKind(mediaType) {
  if (mediaType.includes("json")) return "json";
  if (mediaType.startsWith("text/") || mediaType.endsWith("xml") || mediaType === "application/x-subrip") return "text";
  return "binary";
}

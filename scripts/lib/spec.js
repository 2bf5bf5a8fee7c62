// Reading a bundled spec: $ref resolution, and a schema's properties across its composition keywords.

export function resolveRef(spec, node) {
  if (!node?.$ref) return node;
  const target = node.$ref.replace(/^#\//, "").split("/").reduce((obj, key) => obj?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolveRef(spec, target);
}

/** The schema with `$ref` followed and the properties of its allOf/oneOf/anyOf parts merged in. */
export function resolveSchema(spec, schema) {
  if (!schema) return undefined;
  const resolved = resolveRef(spec, schema);
  const parts = resolved.allOf ?? resolved.oneOf ?? resolved.anyOf;
  if (!parts) return resolved;
  const merged = parts.map((part) => resolveSchema(spec, part));
  return { ...resolved, properties: Object.assign({}, ...merged.map((p) => p?.properties ?? {}), resolved.properties ?? {}) };
}

// openapi-typescript types an object whose key names are constrained by a pattern (`propertyNames.pattern`, or
// `patternProperties` next to `additionalProperties: false`) as `Record<string, …>`, which accepts any key. When the
// pattern starts with a literal prefix (`^filter_…`), those keys are typed as that prefix followed by anything
// (`filter_${string}`), next to the object's named primitive properties, so a mistyped key is a compile error.
import ts from "typescript";

/** @type {Record<string, ts.KeywordTypeSyntaxKind>} */
const PRIMITIVES = {
  string: ts.SyntaxKind.StringKeyword,
  number: ts.SyntaxKind.NumberKeyword,
  integer: ts.SyntaxKind.NumberKeyword,
  boolean: ts.SyntaxKind.BooleanKeyword,
};

/**
 * The literal text a key pattern requires at the start of every key, e.g. "filter_" for `^filter_(not_)?[a-z]+$`.
 * @param {unknown} pattern
 * @returns {string | undefined}
 */
export function literalPrefix(pattern) {
  if (typeof pattern !== "string" || !pattern.startsWith("^")) return undefined;
  const prefix = /^[A-Za-z0-9_-]*/.exec(pattern.slice(1))?.[0] ?? "";
  // A quantifier right after the prefix would make its last character optional or repeatable.
  const next = pattern.charAt(1 + prefix.length);
  const literal = "?*+{".includes(next) && next !== "" ? prefix.slice(0, -1) : prefix;
  return literal || undefined;
}

/**
 * The keyword types of a schema whose `type` names only primitives, or undefined.
 * @param {any} schema
 * @returns {ts.TypeNode | undefined}
 */
function primitiveType(schema) {
  if (typeof schema !== "object" || schema === null || schema.enum !== undefined || schema.const !== undefined) {
    return undefined;
  }
  const kinds = [schema.type].flat().map((type) => PRIMITIVES[type]);
  if (kinds.length === 0 || kinds.some((kind) => kind === undefined)) return undefined;
  const f = ts.factory;
  return f.createUnionTypeNode([...new Set(kinds)].map((kind) => f.createKeywordTypeNode(/** @type {ts.KeywordTypeSyntaxKind} */ (kind))));
}

/**
 * The key prefix and the schema of the values under it, or undefined when the object's keys are not so constrained.
 * @param {any} schema
 * @returns {{ prefix: string, values: any } | undefined}
 */
function prefixedKeys(schema) {
  if (schema?.propertyNames?.pattern !== undefined) {
    const prefix = literalPrefix(schema.propertyNames.pattern);
    if (!prefix || schema.properties || schema.patternProperties) return undefined;
    return { prefix, values: schema.additionalProperties };
  }
  const patterns = Object.entries(schema?.patternProperties ?? {});
  // Only a closed object: otherwise keys outside the pattern are allowed, and the prefix would be too narrow a type.
  const [only] = patterns;
  if (!only || patterns.length !== 1 || schema.additionalProperties !== false) return undefined;
  const prefix = literalPrefix(only[0]);
  return prefix ? { prefix, values: only[1] } : undefined;
}

/**
 * The TypeScript type of such an object, or undefined to let openapi-typescript type it.
 * @param {any} schema
 * @returns {ts.TypeNode | undefined}
 */
export function keyPrefixType(schema) {
  const keyed = prefixedKeys(schema);
  const valueType = keyed && primitiveType(keyed.values);
  if (!keyed || !valueType) return undefined;
  const f = ts.factory;
  const named = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const type = primitiveType(property);
    return type && { name, type, property };
  });
  if (named.some((entry) => entry === undefined || entry.name.startsWith(keyed.prefix))) return undefined;
  const required = new Set(schema.required ?? []);
  const members = named.map((entry) => {
    const { name, type, property } = /** @type {NonNullable<typeof entry>} */ (entry);
    const question = required.has(name) ? undefined : f.createToken(ts.SyntaxKind.QuestionToken);
    const member = f.createPropertySignature(undefined, name, question, type);
    if (typeof property.description === "string") {
      const text = property.description.trim().replace(/\s+/g, " ").replace(/\*\//g, "*\\/");
      ts.addSyntheticLeadingComment(member, ts.SyntaxKind.MultiLineCommentTrivia, `* ${text} `, true);
    }
    return member;
  });
  const keyType = f.createTemplateLiteralType(f.createTemplateHead(keyed.prefix), [
    f.createTemplateLiteralTypeSpan(f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createTemplateTail("")),
  ]);
  const key = f.createParameterDeclaration(undefined, undefined, "key", undefined, keyType);
  return f.createTypeLiteralNode([...members, f.createIndexSignature(undefined, [key], valueType)]);
}

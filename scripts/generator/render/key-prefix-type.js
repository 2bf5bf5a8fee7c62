// openapi-typescript types an object whose key names are constrained by `propertyNames.pattern` as
// `Record<string, …>`, which accepts any key. When the pattern starts with a literal prefix (`^filter_…`), the keys
// are typed as that prefix followed by anything (`filter_${string}`), so a mistyped key is a compile error.
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
 * The TypeScript type of such an object, or undefined to let openapi-typescript type it.
 * @param {any} schema
 * @returns {ts.TypeNode | undefined}
 */
export function keyPrefixType(schema) {
  const prefix = literalPrefix(schema?.propertyNames?.pattern);
  const values = schema?.additionalProperties;
  if (!prefix || schema.properties || typeof values !== "object" || values === null) return undefined;
  const kinds = [values.type].flat().map((type) => PRIMITIVES[type]);
  if (kinds.length === 0 || kinds.some((kind) => kind === undefined)) return undefined;
  const f = ts.factory;
  const valueType = f.createUnionTypeNode(
    [...new Set(kinds)].map((kind) => f.createKeywordTypeNode(/** @type {ts.KeywordTypeSyntaxKind} */ (kind))),
  );
  const keyType = f.createTemplateLiteralType(f.createTemplateHead(prefix), [
    f.createTemplateLiteralTypeSpan(f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createTemplateTail("")),
  ]);
  const key = f.createParameterDeclaration(undefined, undefined, "key", undefined, keyType);
  return f.createTypeLiteralNode([f.createIndexSignature(undefined, [key], valueType)]);
}

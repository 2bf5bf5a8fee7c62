// src/schema.ts of a client package: openapi-typescript's types for the spec.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { HEADER } from "../code.js";
import { keyPrefixType } from "./key-prefix-type.js";

/**
 * @param {import("../model.js").Model} model
 * @returns {Promise<string>}
 */
export async function renderTypes({ spec }) {
  // openapi-typescript rewrites the document it is given (a `const` becomes an `enum`): it gets a copy.
  const ast = await openapiTS(/** @type {any} */ (structuredClone(spec)), {
    defaultNonNullable: false,
    alphabetize: false,
    transform: (schema) => filePartType(schema) ?? keyPrefixType(schema),
  });
  return HEADER + astToString(ast);
}

/**
 * File parts of multipart bodies accept what callers have at hand: a Blob (or File), bytes or text.
 * @param {import("../../lib/spec.js").Json} schema
 * @returns {ts.TypeNode | undefined}
 */
function filePartType(schema) {
  if (schema.type !== "string" || !schema.contentMediaType || /json/.test(schema.contentMediaType)) return undefined;
  const f = ts.factory;
  return f.createUnionTypeNode([
    f.createTypeReferenceNode("Blob"),
    f.createTypeReferenceNode("Uint8Array"),
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ]);
}

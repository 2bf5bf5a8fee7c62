// src/operations.ts of a client package: one function per operation, named by its operationId
// (runtime/src/operation.ts), so that a call's type names its operation directly.
import { HEADER } from "../code.js";

/**
 * @param {import("../model.js").Model} model
 * @returns {string}
 */
export function renderOperations({ info, operations, conventions }) {
  const client = `${info.pascal}Client`;
  const operationType = conventions.envelope
    ? `OperationFunction<${client}, UnwrapOperation<operations[K], ${JSON.stringify(conventions.envelope)}>, ${info.pascal}Envelope>`
    : `OperationFunction<${client}, operations[K]>`;
  const types = conventions.envelope ? "OperationFunction, UnwrapOperation" : "OperationFunction";
  const [first] = operations;
  const functions = operations.map((op) => {
    const doc = [`${op.summary || op.operationId}: \`${op.method} ${op.path}\`.`, ...(op.deprecated ? ["@deprecated"] : [])];
    return `/** ${doc.join("\n * ")} */
export const ${op.operationId}: Operation<${JSON.stringify(op.operationId)}> = /* @__PURE__ */ operation(${JSON.stringify(op.method)}, ${JSON.stringify(op.path)});`;
  });
  return `${HEADER}// One function per operation: \`${first?.operationId}(client, init)\` returns what \`client.${first?.method}(path, init)\` returns.
// Import the ones you call; bundlers leave the others out.
import type { ${types} } from "@apispec/runtime";
import { operation } from "@apispec/runtime/internal";
import type { ${client}${conventions.envelope ? `, ${info.pascal}Envelope` : ""} } from "./index.js";
import type { operations } from "./schema.js";

type Operation<K extends keyof operations> = ${operationType};

${functions.join("\n\n")}
`;
}

// src/operations.ts: one function per operation, named by its operationId (runtime/src/operation.ts).

/**
 * @param {{ pascal: string, header: string }} info
 * @param {{ operationId: string, method: string, path: string, summary: string, deprecated: boolean }[]} operations
 * @param {{ envelope?: string }} conventions
 * @returns {string}
 */
export function renderOperations(info, operations, conventions) {
  const client = `${info.pascal}Client`;
  const operationType = conventions.envelope
    ? `OperationFunction<${client}, UnwrapOperation<operations[K], ${JSON.stringify(conventions.envelope)}>, ${info.pascal}Envelope>`
    : `OperationFunction<${client}, operations[K]>`;
  const imports = conventions.envelope ? ["OperationFunction", "UnwrapOperation"] : ["OperationFunction"];
  const functions = operations.map((op) => {
    const doc = [`${op.summary || op.operationId}: \`${op.method} ${op.path}\`.`, ...(op.deprecated ? ["@deprecated"] : [])];
    return `/** ${doc.join("\n * ")} */
export const ${op.operationId}: Operation<${JSON.stringify(op.operationId)}> = /* @__PURE__ */ operation(${JSON.stringify(op.method)}, ${JSON.stringify(op.path)});`;
  });
  return `${info.header}// One function per operation: \`${operations[0]?.operationId ?? "operation"}(client, init)\` returns what \`client.${operations[0]?.method ?? "GET"}(path, init)\` returns.
// Import only the ones you call; bundlers leave the others out.
import { operation } from "@apispec/runtime/internal";
import type { ${imports.join(", ")} } from "@apispec/runtime";
import type { ${client}${conventions.envelope ? `, ${info.pascal}Envelope` : ""} } from "./index.js";
import type { operations } from "./schema.js";

type Operation<K extends keyof operations> = ${operationType};

${functions.join("\n\n")}
`;
}

// samples/<operationId>.ts of a client package: a runnable, type-checked call per operation, filled with the
// spec's own example values (also published as the operation's `x-codeSamples`).

import { exampleOptions } from "./auth.js";
import { exampleCall } from "./example-call.js";
import { sampleFile } from "./openapi-json.js";

/**
 * @param {import("../model.js").Model} model
 * @returns {Record<string, string>} by file name
 */
export function renderSamples(model) {
  const { info, operations } = model;
  const options = exampleOptions(model);
  return Object.fromEntries(
    operations.map((op) => {
      const { args, readsFile } = exampleCall(model, op);
      const source = `${readsFile ? 'import { readFile } from "node:fs/promises";\n' : ""}import { ${info.factory} } from "${info.name}";
import { ${op.operationId} } from "${info.name}/operations";

const ${info.camel} = ${info.factory}(${options});

// ${op.summary}. The same call by path: ${info.camel}.${op.method}("${op.path}", init)
const { data, error, status } = await ${op.operationId}(${info.camel}${args ? `, ${args}` : ""});
if (error) throw new Error(\`${op.operationId} failed with HTTP \${status}\`);
console.log(data);
`;
      return [sampleFile(op), source];
    }),
  );
}

// samples/<operationId>.ts of a client package: a runnable, type-checked call per operation, filled with the
// spec's own example values (also published as the operation's `x-codeSamples`).

import { exampleOf } from "../../lib/spec.js";
import { literal } from "../code.js";
import { exampleOptions } from "./auth.js";
import { sampleFile } from "./openapi-json.js";

/** Stands in for a file body while the literal is written; replaced by code that reads a file. */
const RAW_BODY = "\u0000raw body\u0000";

/**
 * @param {import("../model.js").Model} model
 * @returns {Record<string, string>} by file name
 */
export function renderSamples(model) {
  const { info, spec, operations, conventions } = model;
  const options = exampleOptions(model);
  return Object.fromEntries(
    operations.map((op) => {
      /** @type {Record<string, Record<string, unknown>>} */
      const params = {};
      for (const p of op.params.filter((p) => p.in === "path" || p.required)) {
        (params[p.in] ??= {})[p.name] = exampleOf(spec, p);
      }
      /** @type {Record<string, unknown>} */
      const init = {};
      if (Object.keys(params).length) init.params = params;
      if (op.requestExample !== undefined) {
        const body = /** @type {any} */ (op.requestExample);
        // Callers of an enveloped API pass the document; the client adds the envelope.
        init.body = conventions.envelope && op.envelope && body && typeof body === "object" ? body[conventions.envelope] : body;
      } else if (op.rawBody) init.body = RAW_BODY;
      if (op.parseAs) init.parseAs = op.parseAs;
      const args = Object.keys(init).length
        ? literal(init).replace(JSON.stringify(RAW_BODY), `new Blob([await readFile("file")], { type: ${JSON.stringify(op.rawBody)} })`)
        : "";
      const source = `${init.body === RAW_BODY ? 'import { readFile } from "node:fs/promises";\n' : ""}import { ${info.factory} } from "${info.name}";
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

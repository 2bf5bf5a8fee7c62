// samples/<operationId>.ts of a client package: a runnable, type-checked call per operation, filled with the
// spec's own example values (also published as the operation's `x-codeSamples`).
import { literal } from "../code.js";
import { exampleOf } from "../../lib/spec.js";
import { exampleOptions } from "./auth.js";
import { sampleFile } from "./openapi-json.js";

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
      }
      if (op.answersText) init.parseAs = "text";
      const args = Object.keys(init).length ? `, ${literal(init)}` : "";
      const source = `import { ${info.factory} } from "${info.name}";

const ${info.camel} = ${info.factory}(${options});

// ${op.summary}
const { data, error, status } = await ${info.camel}.${op.method}("${op.path}"${args});
if (error) throw new Error(\`${op.operationId} failed with HTTP \${status}\`);
console.log(data);
`;
      return [sampleFile(op), source];
    }),
  );
}

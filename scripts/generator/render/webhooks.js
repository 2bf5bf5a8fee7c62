// src/webhooks.ts of a client package with webhooks: each payload's type, its schema as data, and a parser made by
// the runtime's `webhookParser` (the validation code itself lives in @apispec/runtime/webhooks).
import { HEADER, literal } from "../code.js";

/** @typedef {import("../../lib/spec.js").Json} Json */

/**
 * @param {import("../model.js").Model} model
 * @returns {string | undefined} undefined when the spec declares no webhooks
 */
export function renderWebhooks({ spec, webhooks }) {
  if (webhooks.length === 0) return undefined;
  const parsers = webhooks.map(
    (w) => `/** ${w.summary}: the \`${w.name}\` payload as delivered to your endpoint. */
export type ${w.type} = webhooks[${JSON.stringify(w.name)}]["post"]["requestBody"]["content"]["application/json"];

/**
 * Parses and validates a \`${w.name}\` delivery: pass the raw body (string or bytes, at most \`MAX_PAYLOAD_BYTES\`) or
 * the already-parsed JSON. Returns the typed payload, or throws WebhookPayloadError naming the offending fields.
 */
export const ${w.parse}: WebhookParser<${w.type}> = webhookParser(${JSON.stringify(w.name)}, ${literal(payloadSchema(spec, w.schema))});`,
  );
  return `${HEADER}import { webhookParser, type WebhookParser } from "@apispec/runtime/webhooks";
import type { webhooks } from "./schema.js";

export { MAX_PAYLOAD_BYTES, WebhookPayloadError, type WebhookProblem } from "@apispec/runtime/webhooks";

${parsers.join("\n\n")}
`;
}

/**
 * A self-contained JSON Schema (2020-12) for a payload: the components it uses become $defs.
 * @param {Json} spec
 * @param {Json} schema
 * @returns {Json}
 */
export function payloadSchema(spec, schema) {
  /** @type {Json} */
  const defs = {};
  /** @type {(node: unknown) => unknown} */
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== "object" || node === null) return node;
    /** @type {Json} */
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-") || key === "discriminator") continue;
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
        const name = value.slice("#/components/schemas/".length);
        if (!(name in defs)) {
          defs[name] = {};
          defs[name] = rewrite(spec.components.schemas[name]);
        }
        out.$ref = `#/$defs/${name}`;
      } else out[key] = rewrite(value);
    }
    return out;
  };
  const root = /** @type {Json} */ (rewrite(schema));
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...root, $defs: defs };
}

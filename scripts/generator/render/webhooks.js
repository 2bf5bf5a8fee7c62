// src/webhooks.ts of a client package with webhooks: each payload's type and a parser made by the runtime's
// `webhookParser`, and src/webhook-validators.ts: each payload schema compiled here, ahead of time, into plain
// validation code (Ajv's standalone code, with the few Ajv and ajv-formats helpers it calls bundled in). The published
// package then compiles no code at run time and depends on no validator library.
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { build } from "esbuild";
import { root } from "../../lib/apis.js";
import { HEADER } from "../code.js";

/** @typedef {import("../../lib/spec.js").Json} Json */

/**
 * @param {import("../model.js").Model} model
 * @returns {Promise<Record<string, string> | undefined>} the two files, or undefined when the spec declares no webhooks
 */
export async function renderWebhooks({ spec, webhooks }) {
  if (webhooks.length === 0) return undefined;
  const parsers = webhooks.map(
    (w) => `/** ${w.summary}: the \`${w.name}\` payload as delivered to your endpoint. */
export type ${w.type} = webhooks[${JSON.stringify(w.name)}]["post"]["requestBody"]["content"]["application/json"];

/**
 * Parses and validates a \`${w.name}\` delivery: pass the raw body (string or bytes, at most \`MAX_PAYLOAD_BYTES\`) or
 * the already-parsed JSON. Returns the typed payload, or throws WebhookPayloadError naming the offending fields.
 */
export const ${w.parse}: WebhookParser<${w.type}> = webhookParser(${JSON.stringify(w.name)}, ${validatorName(w)});`,
  );
  const index = `${HEADER}import { webhookParser, type WebhookParser } from "@apispec/runtime/webhooks";
import type { webhooks } from "./schema.js";
import { ${webhooks.map(validatorName).join(", ")} } from "./webhook-validators.js";

export { MAX_PAYLOAD_BYTES, WebhookPayloadError, type WebhookProblem } from "@apispec/runtime/webhooks";

${parsers.join("\n\n")}
`;
  return {
    "src/webhooks.ts": index,
    "src/webhook-validators.ts": await renderValidators(
      webhooks.map((w) => ({ name: validatorName(w), schema: payloadSchema(spec, w.schema) })),
    ),
  };
}

/** @param {{ parse: string }} webhook */
const validatorName = (webhook) => webhook.parse.replace(/^parse/, "validate");

/**
 * The validators as one module: Ajv's standalone code for every schema, bundled by esbuild so that the helpers it
 * imports from ajv and ajv-formats are inlined. Type-checking is off for this file only: it is Ajv's JavaScript.
 * @param {{ name: string, schema: Json }[]} validators
 * @returns {Promise<string>}
 */
export async function renderValidators(validators) {
  // The same options as a receiver would want at run time: every problem reported, formats checked in full.
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true, lines: true } });
  /** @type {(ajv: Ajv2020) => void} */ (/** @type {any} */ (addFormats).default ?? addFormats)(ajv);
  for (const { name, schema } of validators) ajv.addSchema(/** @type {object} */ (schema), name);
  const standalone = /** @type {any} */ (standaloneCode).default ?? standaloneCode;
  const code = standalone(ajv, Object.fromEntries(validators.map(({ name }) => [name, name])));
  const bundled = await build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  const output = /** @type {import("esbuild").OutputFile} */ (bundled.outputFiles[0]).text;
  // esbuild names each module it inlined in a comment with its path under node_modules; keep them, they say where
  // the code came from, and they are the same on every machine.
  return `${HEADER}// @ts-nocheck: Ajv's standalone validation code (JavaScript), compiled from each webhook's payload schema.
${output}`;
}

// Keywords whose value is a schema, a list of schemas or a map of names to schemas: the rest hold data.
const SCHEMA_KEYWORDS = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
]);
const SCHEMA_LIST_KEYWORDS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_MAP_KEYWORDS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs"]);
// What only documents a schema: left out, so the compiled code carries no prose.
const ANNOTATIONS = new Set(["title", "description", "examples", "example", "default", "deprecated", "readOnly", "writeOnly", "$comment"]);

/**
 * A self-contained JSON Schema (2020-12) for validating a payload: the components it uses become $defs; OpenAPI's
 * `discriminator`, `x-` extensions and annotations are left out, as they do not change what is valid.
 * @param {Json} spec
 * @param {Json} schema
 * @returns {Json}
 */
export function payloadSchema(spec, schema) {
  /** @type {Json} */
  const defs = {};
  /** @type {(node: unknown) => unknown} */
  const rewrite = (node) => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
    /** @type {Json} */
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-") || key === "discriminator" || ANNOTATIONS.has(key)) continue;
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
        const name = value.slice("#/components/schemas/".length);
        if (!(name in defs)) {
          defs[name] = {};
          defs[name] = rewrite(spec.components.schemas[name]);
        }
        out.$ref = `#/$defs/${name}`;
      } else if (SCHEMA_KEYWORDS.has(key)) out[key] = Array.isArray(value) ? value.map(rewrite) : rewrite(value);
      else if (SCHEMA_LIST_KEYWORDS.has(key)) out[key] = /** @type {unknown[]} */ (value).map(rewrite);
      else if (SCHEMA_MAP_KEYWORDS.has(key))
        out[key] = Object.fromEntries(Object.entries(/** @type {Json} */ (value)).map(([name, s]) => [name, rewrite(s)]));
      else out[key] = value;
    }
    return out;
  };
  const root = /** @type {Json} */ (rewrite(schema));
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...root, $defs: defs };
}

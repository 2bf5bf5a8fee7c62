// The arguments of an example call of an operation, filled with the spec's own example values: shared by the
// per-operation samples and the README's snippets, which `npm test` type-checks (and runs against the mocks).

import { exampleOf } from "../../lib/spec.js";
import { literal } from "../code.js";

/** Stands in for a file body while the literal is written; replaced by code that reads a file. */
const RAW_BODY = "\u0000raw body\u0000";

/** The file an example reads for a body sent as-is. */
export const EXAMPLE_FILE = "file";

/**
 * @param {import("../model.js").Model} model
 * @param {import("../model.js").Operation} op
 * @param {Record<string, unknown>} [overrides] init members to add, or to leave out (undefined)
 * @returns {{ args: string, readsFile: boolean }} `args` is the init literal ("" when the call needs none);
 *   `readsFile` tells that it reads EXAMPLE_FILE with `readFile` from node:fs/promises
 */
export function exampleCall({ spec, conventions }, op, overrides = {}) {
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
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete init[key];
    else init[key] = value;
  }
  const args = Object.keys(init).length
    ? literal(init).replace(
        JSON.stringify(RAW_BODY),
        `new Blob([await readFile(${JSON.stringify(EXAMPLE_FILE)})], { type: ${JSON.stringify(op.rawBody)} })`,
      )
    : "";
  return { args, readsFile: init.body === RAW_BODY };
}

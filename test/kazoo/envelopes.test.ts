// The success envelopes write out the SuccessEnvelope (or PagedListEnvelope) fields instead of composing them with
// allOf. The client types `result.envelope` from SuccessEnvelope (x-envelope), so every answer must keep those fields
// exactly; this suite reads the bundled spec the package ships.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../../scripts/lib/apis.js";

type Json = Record<string, any>;
const spec: Json = JSON.parse(readFileSync(join(root, "generated/kazoo/openapi.json"), "utf8"));
const schemas: Json = spec.components.schemas;
const nameOf = (ref: string) => ref.replace("#/components/schemas/", "");

/** The schema names of every 2xx JSON answer, oneOf branches included. */
function successSchemas(): Set<string> {
  const names = new Set<string>();
  for (const item of Object.values(spec.paths as Json))
    for (const operation of Object.values(item as Json)) {
      for (const [code, response] of Object.entries((operation as Json)?.responses ?? {})) {
        const schema = (response as Json).content?.["application/json"]?.schema;
        if (!code.startsWith("2") || !schema) continue;
        for (const part of schema.oneOf ?? [schema]) if (part.$ref) names.add(nameOf(part.$ref));
      }
    }
  return names;
}

const envelopes = [...successSchemas()].filter((name) => !schemas[name].allOf);

describe("Kazoo success envelopes", () => {
  it("covers the answers of most operations", () => {
    expect(envelopes.length).toBeGreaterThan(50);
  });

  it.each(envelopes)("%s has every field of its base envelope, unchanged, and requires status and data", (name) => {
    const envelope = schemas[name];
    const base = schemas[envelope.properties.next_start_key ? "PagedListEnvelope" : "SuccessEnvelope"];
    for (const [field, schema] of Object.entries(base.properties as Json)) {
      if (field === "data") continue;
      expect(envelope.properties[field], `${name}.${field}`).toEqual(schema);
    }
    expect(envelope.required).toContain("status");
    // The client types a success's `data` as present; an answer that may lack it is SuccessEnvelope itself, or
    // keeps SuccessEnvelope's allOf.
    if (envelope !== base) expect(envelope.required).toContain("data");
  });
});

// src/schema.ts: openapi-typescript's types, with file parts typed as what callers have at hand.
import { describe, expect, it } from "vitest";
import { renderTypes } from "../../scripts/generator/render/types.js";
import { fixture } from "./support.js";

describe("renderTypes", () => {
  it("types multipart file parts as Blob | Uint8Array | string, and leaves the spec unchanged", async () => {
    const { model } = fixture("store");
    const before = structuredClone(model.spec);
    const types = await renderTypes(model);
    expect(types).toMatch(/file\?: Blob \| Uint8Array \| string;/);
    expect(types).toContain("itemSold: {");
    expect(model.spec).toEqual(before);
  });

  it("types the keys of an object whose key pattern starts with a literal as that prefix plus any text", async () => {
    const types = await renderTypes(fixture("store").model);
    expect(types).toMatch(/filters\?: \{\s*\[key: `filter_\$\{string\}`\]: string \| boolean;\s*\};/);
  });

  it("types a closed object's pattern keys by their literal prefix next to its named properties", async () => {
    const types = await renderTypes(fixture("store").model);
    expect(types).toMatch(
      /search\?: \{\s*\/\*\* Field to sort on\. \*\/\s*sort: string;\s*newer_than\?: number;\s*\[key: `tag_\$\{string\}`\]: string;\s*\};/,
    );
  });
});

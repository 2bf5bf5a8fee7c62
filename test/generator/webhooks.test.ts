// src/webhooks.ts: each webhook's payload schema as data for the runtime's parser.
import { describe, expect, it } from "vitest";
import { renderWebhooks } from "../../scripts/generator/render/webhooks.js";
import { fixture } from "./support.js";

describe("renderWebhooks", () => {
  it("writes a self-contained schema per webhook, without x- keys, and a parser from the runtime", () => {
    const code = renderWebhooks(fixture("store").model)!;
    const schema = new Function(`return (${/webhookParser\("itemSold", ([\s\S]*)\);\n$/.exec(code)![1]});`)();
    expect(schema).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $ref: "#/$defs/Sale",
      $defs: {
        Sale: {
          type: "object",
          required: ["item", "at"],
          properties: { item: { $ref: "#/$defs/Item" }, at: { type: "string", format: "date-time" } },
        },
        Item: {
          type: "object",
          required: ["name"],
          properties: {
            kind: { type: "string", const: "item" },
            name: { type: "string" },
            tags: { type: "array", items: { type: "string" } },
          },
        },
      },
    });
    expect(code).toContain('import { webhookParser, type WebhookParser } from "@apispec/runtime/webhooks";');
    expect(code).toContain("export const parseItemSold: WebhookParser<ItemSold> = webhookParser(");
    expect(code).not.toMatch(/\bajv\b/i);
  });

  it("writes nothing for a spec without webhooks", () => {
    expect(renderWebhooks(fixture("login").model)).toBeUndefined();
  });
});

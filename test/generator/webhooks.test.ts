// src/webhooks.ts and src/webhook-validators.ts: each webhook's parser, with its payload schema compiled ahead of
// time, so that it works where code generation from strings is forbidden.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { payloadSchema, renderWebhooks } from "../../scripts/generator/render/webhooks.js";
import { root } from "../../scripts/lib/apis.js";
import { fixture } from "./support.js";

// Under the repository, so that the rendered module's `@apispec/runtime/webhooks` resolves to the runtime's source.
const scratch = join(root, ".cache", `generator-webhooks-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files = (await renderWebhooks(fixture("store").model))!;
for (const [path, contents] of Object.entries(files)) {
  mkdirSync(join(scratch, path, ".."), { recursive: true });
  writeFileSync(join(scratch, path), contents);
}
const { parseItemSold } = await import(join(scratch, "src/webhooks.ts"));

function rejection(payload: unknown): { field: string; message: string } {
  try {
    parseItemSold(payload);
  } catch (error) {
    return error as { field: string; message: string };
  }
  throw new Error("the payload was accepted");
}

describe("renderWebhooks", () => {
  it("writes a parser that accepts a valid payload and names what is wrong with an invalid one", () => {
    const sale = { item: { kind: "item", name: "lamp", tags: ["new"] }, at: "2026-12-01T10:00:00Z" };
    expect(parseItemSold(JSON.stringify(sale))).toEqual(sale);
    expect(rejection({ item: sale.item }).field).toBe("/at");
    expect(rejection({ ...sale, at: "yesterday" }).message).toBe('invalid itemSold payload: /at must match format "date-time"');
    expect(rejection({ ...sale, item: { name: "lamp", kind: "box" } }).field).toBe("/item/kind");
    expect(rejection({ ...sale, item: { tags: [1] } }).field).toBe("/item/name");
  });

  it("writes a parser that works under node --disallow-code-generation-from-strings", async () => {
    const program = join(scratch, "program.mjs");
    await build({
      stdin: {
        contents: `import { parseItemSold } from "./src/webhooks.ts";
          try { new Function(""); console.log("code generation allowed"); } catch {}
          const sale = parseItemSold('{"item":{"name":"lamp"},"at":"2026-12-01T10:00:00Z"}');
          try { parseItemSold({ item: sale.item, at: "yesterday" }); } catch (error) { console.log(sale.item.name, error.field); }`,
        resolveDir: scratch,
        loader: "ts",
      },
      bundle: true,
      format: "esm",
      platform: "node",
      conditions: ["source"],
      outfile: program,
      logLevel: "silent",
    });
    const output = execFileSync(process.execPath, ["--disallow-code-generation-from-strings", program], { encoding: "utf8" });
    expect(output).toBe("lamp /at\n");
  });

  it("compiles the validators into code that imports no validator library", () => {
    expect(Object.keys(files).sort()).toEqual(["src/webhook-validators.ts", "src/webhooks.ts"]);
    const validators = files["src/webhook-validators.ts"]!;
    expect(validators).toMatch(/^export \{\n {2}validateItemSold\n\};$/m);
    expect(validators).not.toMatch(/\bimport\b|\brequire\(|new Function|\beval\(/);
    expect(files["src/webhooks.ts"]).toContain('import { validateItemSold } from "./webhook-validators.js";');
    expect(files["src/webhooks.ts"]).toContain("export const parseItemSold: WebhookParser<ItemSold> = webhookParser(");
  });

  it("writes nothing for a spec without webhooks", async () => {
    expect(await renderWebhooks(fixture("login").model)).toBeUndefined();
  });
});

describe("payloadSchema", () => {
  it("makes the components a payload uses $defs and leaves out what does not change validity", () => {
    const spec = {
      components: {
        schemas: {
          Note: {
            type: "object",
            title: "Note",
            description: "A note.",
            "x-source": "made up",
            discriminator: { propertyName: "kind" },
            required: ["description"],
            // Properties named like annotations are properties, not annotations: they stay.
            properties: { description: { type: "string", examples: ["hi"] }, title: { const: "title", default: "title" } },
          },
        },
      },
    };
    expect(payloadSchema(spec, { $ref: "#/components/schemas/Note", description: "The payload." })).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $ref: "#/$defs/Note",
      $defs: {
        Note: {
          type: "object",
          required: ["description"],
          properties: { description: { type: "string" }, title: { const: "title" } },
        },
      },
    });
  });
});

// samples/<operationId>.ts: one call per operation with the spec's example values.
import { describe, expect, it } from "vitest";
import { renderSamples } from "../../scripts/generator/render/samples.js";
import { fixture } from "./support.js";

describe("renderSamples", () => {
  const samples = renderSamples(fixture("store").model);

  it("writes one sample per operation", () => {
    expect(Object.keys(samples).sort()).toEqual(
      ["createItem", "createItemAt", "deleteItem", "getItemFile", "getItemLabel", "listItems", "replaceItemFile", "uploadItemFile"].map(
        (id) => `samples/${id}.ts`,
      ),
    );
  });

  it("fills parameters and bodies with the spec's examples, commas and all", () => {
    const source = samples["samples/createItem.ts"]!;
    const call = /await createItem\(store, ([\s\S]*)\);\n/.exec(source)![1]!;
    expect(new Function(`return (${call});`)()).toEqual({ body: { name: "Lamp, brass", tags: ["a,b"] } });
    expect(samples["samples/deleteItem.ts"]).toContain('params: {\n    path: {\n      itemId: "it-1",');
    expect(samples["samples/getItemLabel.ts"]).toContain('parseAs: "text"');
    expect(samples["samples/getItemFile.ts"]).toContain('parseAs: "blob"');
  });

  it("calls the operation by name, imported from the package's operations entry, and names the path call too", () => {
    const source = samples["samples/deleteItem.ts"]!;
    expect(source).toContain('import { deleteItem } from "@apispec/store/operations";');
    expect(source).toContain("await deleteItem(store, {");
    expect(source).toContain('The same call by path: store.DELETE("/items/{itemId}", init)');
  });

  it("sends a file read from disk as the body of a raw upload, with the first media type the spec lists", () => {
    const source = samples["samples/replaceItemFile.ts"]!;
    expect(source).toContain('import { readFile } from "node:fs/promises";');
    expect(source).toContain('body: new Blob([await readFile("file")], { type: "audio/ogg" }),');
  });

  it("passes the document of an enveloped body, which the client wraps", () => {
    const source = renderSamples(fixture("login").model)["samples/logIn.ts"]!;
    expect(source).toContain('body: {\n    hash: "abc",\n    realm: "main",\n  },');
    expect(source).toContain(
      "createLoginClient({\n  baseUrl: process.env.LOGIN_BASE_URL!,\n  credentials: {\n    user: process.env.LOGIN_USER!,\n",
    );
  });

  it("builds the client one option a line when the options do not fit on one, and keeps short ones on one line", () => {
    const login = renderSamples(fixture("login").model)["samples/logIn.ts"]!;
    const options = /createLoginClient\(([\s\S]*?)\);\n/.exec(login)![1]!;
    expect(Math.max(...options.split("\n").map((line) => line.length))).toBeLessThanOrEqual(100);
    const env = { LOGIN_BASE_URL: "u", LOGIN_USER: "a", LOGIN_SECRET: "b", LOGIN_REALM: "c" };
    expect(new Function("process", `return (${options.replace(/!/g, "")});`)({ env })).toEqual({
      baseUrl: "u",
      credentials: { user: "a", secret: "b", realm: "c" },
    });
    expect(samples["samples/listItems.ts"]).toContain("createStoreClient({ apiKey: process.env.STORE_API_KEY! });");
  });
});

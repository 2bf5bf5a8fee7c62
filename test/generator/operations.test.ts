// src/operations.ts: one pure, named function per operation, typed by the operation it sends.
import { describe, expect, it } from "vitest";
import { renderOperations } from "../../scripts/generator/render/operations.js";
import { fixture } from "./support.js";

describe("renderOperations", () => {
  const { model } = fixture("store");
  const code = renderOperations(model);

  it("declares one function per operation, named by its operationId, that sends its method and path", () => {
    const declared = [
      ...code.matchAll(/^export const (\w+): Operation<"(\w+)"> = \/\* @__PURE__ \*\/ operation\("(\w+)", "([^"]+)"\);$/gm),
    ];
    expect(declared.map(([, name, id, method, path]) => [name, id, `${method} ${path}`])).toEqual(
      model.operations.map((op) => [op.operationId, op.operationId, `${op.method} ${op.path}`]),
    );
  });

  it("documents each function with its summary, and marks deprecated operations", () => {
    expect(code).toContain("/** List items: `GET /items`. */\nexport const listItems");
    expect(code).toContain("/** Replace the item's file: `PUT /items/{itemId}/file`.\n * @deprecated */\nexport const replaceItemFile");
  });

  it("types each function by its operation, on the client the factory returns", () => {
    expect(code).toContain("type Operation<K extends keyof operations> = OperationFunction<StoreClient, operations[K]>;");
    const enveloped = renderOperations(fixture("login").model);
    expect(enveloped).toContain('OperationFunction<LoginClient, UnwrapOperation<operations[K], "data">, LoginEnvelope>');
  });
});

// The spec model: what the renderers are told about each operation, read from the spec's own words.
import { describe, expect, it } from "vitest";
import { readModel } from "../../scripts/generator/model.js";
import { fixture } from "./support.js";

describe("readModel", () => {
  const { model } = fixture("store");
  const op = (id: string) => model.operations.find((o) => o.operationId === id)!;

  it("names the package, factory and types after the API, hyphens included", () => {
    expect(fixture("store", "example-store").model.info).toMatchObject({
      name: "@apispec/example-store",
      factory: "createExampleStoreClient",
      pascal: "ExampleStore",
      env: "EXAMPLE_STORE",
    });
  });

  it("takes replay: false from x-idempotent, not from the operationId", () => {
    expect(op("createItemAt").replay).toBe(false);
    expect(op("createItem").replay).toBe(true);
    expect(op("deleteItem").replay).toBe(true);
  });

  it("refuses an x-idempotent other than false", () => {
    const { api, model: base } = fixture("store");
    const spec = structuredClone(base.spec);
    spec.paths["/items/{itemId}"].put["x-idempotent"] = true;
    expect(() => readModel(api, spec)).toThrow("PUT /items/{itemId}: x-idempotent can only be false");
  });

  it("reads paging, idempotency keys, multipart parts and what each answer is", () => {
    expect(op("listItems").paged).toBe(true);
    expect(op("createItem").idempotencyHeader).toBe("Idempotency-Key");
    expect(op("uploadItemFile").multipart).toEqual({ file: "audio/mpeg", meta: "application/json", note: null });
    expect([op("getItemFile").answersBinary, op("getItemFile").parseAs]).toEqual([true, "blob"]);
    expect([op("getItemLabel").answersBinary, op("getItemLabel").parseAs]).toEqual([false, "text"]);
    expect(op("listItems").parseAs).toBeUndefined();
    expect(op("getItemLabel").auth).toBe(false);
  });

  it("reads where a paged operation's items are from its own x-pagination, and only there", () => {
    const { api, model: base } = fixture("store");
    const spec = structuredClone(base.spec);
    spec.paths["/items"].get["x-pagination"] = { items: "page.byName" };
    const ops = readModel(api, spec).operations;
    expect(ops.find((o) => o.operationId === "listItems")!.pageItems).toBe("page.byName");
    expect(ops.filter((o) => o.pageItems).map((o) => o.operationId)).toEqual(["listItems"]);
  });

  it.each([
    ["/items", "get", { items: "" }, 'GET /items: x-pagination.items must be a property path such as "numbers"'],
    ["/items", "get", { items: "a..b" }, 'GET /items: x-pagination.items must be a property path such as "numbers"'],
    ["/items", "get", { items: "byName", kind: "cursor" }, "GET /items: x-pagination on an operation is {items} and nothing else"],
    ["/items/{itemId}/file", "get", { items: "byName" }, "GET /items/{itemId}/file: x-pagination is for a paged GET"],
  ])("refuses an operation's x-pagination that it cannot use (%s %s %j)", (path, method, value, message) => {
    const { api, model: base } = fixture("store");
    const spec = structuredClone(base.spec);
    spec.paths[path][method]["x-pagination"] = value;
    expect(() => readModel(api, spec)).toThrow(message);
  });

  it("marks only bodies whose sole required member is the envelope as enveloped", () => {
    const login = fixture("login").model;
    expect(login.operations.find((o) => o.operationId === "logIn")!.envelope).toBe(true);
    expect(login.operations.find((o) => o.operationId === "listUsers")!.envelope).toBe(false);
    expect(login.servers.baseUrl).toBeUndefined();
  });
});

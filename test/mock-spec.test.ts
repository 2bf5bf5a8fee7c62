// The spec Prism gets (scripts/lib/mock-spec.js): responses without reference cycles and discriminated oneOfs as
// conditions, and a mock that validates a wide recursive request body at any depth, on a small made-up spec.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acyclicResponses, discriminatorsAsConditions, writeMockSpec } from "../scripts/lib/mock-spec.js";
import { freePort, startPrism } from "../scripts/lib/prism.js";

type Json = Record<string, any>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A tree of typed nodes, like a callflow: `Node` is a `oneOf` of `width` kinds, each with its own closed `data`
 * and `children` that loop back to `Node`; `Doc` holds a tree and is both the request body and (with an id) the answer.
 */
function treeSpec(width: number): Json {
  const kinds = Array.from({ length: width }, (_, i) => `kind${i}`);
  const schemas: Json = {
    Node: {
      oneOf: kinds.map((k) => ref(`Node_${k}`)),
      discriminator: { propertyName: "kind", mapping: Object.fromEntries(kinds.map((k) => [k, `#/components/schemas/Node_${k}`])) },
    },
    Children: { type: "object", properties: { _: ref("Node") }, additionalProperties: ref("Node") },
    Label: { type: "string", minLength: 1 },
    Doc: { type: "object", required: ["tree"], additionalProperties: false, properties: { name: ref("Label"), tree: ref("Node") } },
    Stored: { allOf: [ref("Doc")], properties: { id: { type: "string" } } },
  };
  for (const k of kinds) {
    schemas[`Node_${k}`] = {
      type: "object",
      required: ["kind", "data"],
      additionalProperties: false,
      properties: {
        kind: { const: k },
        data: { type: "object", additionalProperties: false, properties: { n: { type: "integer" } } },
        children: ref("Children"),
      },
    };
  }
  const answer = { id: "t1", tree: { kind: "kind0", data: {} } };
  return {
    openapi: "3.1.0",
    info: { title: "tree", version: "1" },
    paths: {
      "/trees/{tree_id}": {
        parameters: [{ name: "tree_id", in: "path", required: true, schema: { type: "string" } }],
        put: {
          requestBody: { required: true, content: { "application/json": { schema: ref("Doc") } } },
          responses: { "201": { description: "stored", content: { "application/json": { schema: ref("Stored"), example: answer } } } },
        },
      },
    },
    components: { schemas },
  };
}

/** Whether following references from `start` can come back to a schema already on the way. */
function hasCycleFrom(spec: Json, start: string): boolean {
  const walk = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true;
    const next = new Set(path).add(name);
    const refs: string[] = [];
    JSON.stringify(spec.components.schemas[name], (key, value) => {
      if (key === "$ref") refs.push(value);
      return value;
    });
    return refs.some((r) => walk(r.replace("#/components/schemas/", ""), next));
  };
  return walk(start, new Set());
}

describe("acyclicResponses", () => {
  it("leaves a spec without reference cycles unchanged", () => {
    const spec = treeSpec(2);
    spec.components.schemas.Children = { type: "object", additionalProperties: { type: "string" } };
    expect(acyclicResponses(spec)).toEqual({ spec, copied: [] });
  });

  it("gives responses acyclic copies and keeps the request schemas and the original spec as they were", () => {
    const spec = treeSpec(3);
    const before = structuredClone(spec);
    const { spec: mock, copied } = acyclicResponses(spec);
    expect(spec).toEqual(before);
    expect(copied.sort()).toEqual([
      "schemas/Children",
      "schemas/Doc",
      "schemas/Node",
      "schemas/Node_kind0",
      "schemas/Node_kind1",
      "schemas/Node_kind2",
      "schemas/Stored",
    ]);

    const put = mock.paths["/trees/{tree_id}"].put;
    expect(put.requestBody.content["application/json"].schema).toEqual(ref("Doc"));
    expect(put.responses["201"].content["application/json"].schema).toEqual(ref("Stored__acyclic"));
    expect(mock.components.schemas.Node).toEqual(spec.components.schemas.Node);
    expect(hasCycleFrom(mock, "Doc")).toBe(true);
    expect(hasCycleFrom(mock, "Stored__acyclic")).toBe(false);

    // Only the reference that closes the loop is dropped; shared leaves and the branches' own shape stay.
    expect(mock.components.schemas.Doc__acyclic.properties).toEqual({ name: ref("Label"), tree: ref("Node__acyclic") });
    expect(mock.components.schemas.Node__acyclic.discriminator.mapping.kind1).toBe("#/components/schemas/Node_kind1__acyclic");
    expect(mock.components.schemas.Node_kind2__acyclic.properties.children).toEqual(ref("Children__acyclic"));
    expect(mock.components.schemas.Children__acyclic).toEqual({ type: "object", properties: { _: {} }, additionalProperties: {} });
  });
});

describe("discriminatorsAsConditions", () => {
  it("checks the branch the discriminator names, and only that one", () => {
    const { spec, rewritten } = discriminatorsAsConditions(treeSpec(2));
    expect(rewritten).toBe(1);
    expect(spec.components.schemas.Node).toEqual({
      required: ["kind"],
      properties: { kind: { enum: ["kind0", "kind1"] } },
      allOf: [
        { if: { required: ["kind"], properties: { kind: { const: "kind0" } } }, then: ref("Node_kind0") },
        { if: { required: ["kind"], properties: { kind: { const: "kind1" } } }, then: ref("Node_kind1") },
      ],
    });
  });

  it("names branches after their schemas without a mapping, and leaves other oneOfs alone", () => {
    const spec = treeSpec(2);
    delete spec.components.schemas.Node.discriminator.mapping;
    spec.components.schemas.Label = { oneOf: [{ type: "string" }, ref("Doc")], discriminator: { propertyName: "kind" } };
    const out = discriminatorsAsConditions(spec).spec.components.schemas;
    expect(out.Node.properties.kind.enum).toEqual(["Node_kind0", "Node_kind1"]);
    expect(out.Label).toEqual(spec.components.schemas.Label);
  });

  it("leaves the oneOf of a form body alone, whose fields Prism decodes by the properties the schema names", () => {
    const spec = treeSpec(2);
    spec.paths["/grants"] = {
      post: {
        requestBody: { content: { "application/x-www-form-urlencoded": { schema: ref("Node") } } },
        responses: { "204": { description: "done" } },
      },
    };
    const { spec: out, rewritten } = discriminatorsAsConditions(spec);
    expect(rewritten).toBe(0);
    expect(out.components.schemas.Node).toEqual(spec.components.schemas.Node);
  });
});

describe("writeMockSpec", () => {
  const dir = mkdtempSync(join(tmpdir(), "mock-spec-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("serves a spec without cycles, or one it cannot read as JSON, from its own file", () => {
    const flat = join(dir, "flat.json");
    const spec = treeSpec(1);
    spec.components.schemas.Children = { type: "object" };
    delete spec.components.schemas.Node.discriminator;
    writeFileSync(flat, JSON.stringify(spec));
    expect(writeMockSpec(flat).path).toBe(flat);
    const yaml = join(dir, "spec.yaml");
    writeFileSync(yaml, "openapi: 3.1.0\n");
    expect(writeMockSpec(yaml).path).toBe(yaml);
  });

  it("writes the copy for a spec with cycles to a temporary file that cleanup() removes", () => {
    const file = join(dir, "tree.json");
    writeFileSync(file, JSON.stringify(treeSpec(2)));
    const mock = writeMockSpec(file);
    expect(mock.path).not.toBe(file);
    expect(existsSync(mock.path)).toBe(true);
    mock.cleanup();
    expect(existsSync(mock.path)).toBe(false);
  });
});

describe("a Prism mock of a wide recursive schema", () => {
  // 25 kinds: enough re-entries of the loop to exhaust the names Prism's bundler tries (`tree`, `tree_2` … `tree_20`).
  const dir = mkdtempSync(join(tmpdir(), "mock-spec-prism-"));
  const file = join(dir, "tree.json");
  writeFileSync(file, JSON.stringify(treeSpec(25)));
  let mock: Awaited<ReturnType<typeof startPrism>> | undefined;
  afterAll(async () => {
    await mock?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const put = async (body: string) => {
    mock ??= await startPrism({ spec: file, port: await freePort() });
    const res = await fetch(`${mock.url}/trees/t1`, { method: "PUT", headers: { "Content-Type": "application/json" }, body });
    await res.arrayBuffer();
    return res.status;
  };

  it("accepts a valid nested tree", async () => {
    const tree = {
      kind: "kind3",
      data: { n: 1 },
      children: { _: { kind: "kind24", data: {}, children: { x: { kind: "kind0", data: {} } } } },
    };
    expect(await put(JSON.stringify({ name: "ok", tree }))).toBe(201);
  }, 60_000);

  it("accepts a tree nested six levels deep", async () => {
    let tree: Json = { kind: "kind24", data: { n: 6 } };
    for (let level = 5; level > 0; level--)
      tree = { kind: `kind${level}`, data: { n: level }, children: { _: tree, [`b${level}`]: { kind: "kind0", data: {} } } };
    expect(await put(JSON.stringify({ tree }))).toBe(201);
  }, 60_000);

  it.each([
    ["a body that is not an object", "true"],
    [
      "a wrong type two levels down",
      JSON.stringify({ tree: { kind: "kind3", data: {}, children: { _: { kind: "kind5", data: { n: "one" } } } } }),
    ],
    [
      "an unknown field in a child's data",
      JSON.stringify({ tree: { kind: "kind3", data: {}, children: { a: { kind: "kind5", data: { m: 1 } } } } }),
    ],
    ["an unknown kind", JSON.stringify({ tree: { kind: "kind99", data: {} } })],
  ])(
    "rejects %s",
    async (_, body) => {
      expect(await put(body)).toBe(422);
    },
    60_000,
  );
});

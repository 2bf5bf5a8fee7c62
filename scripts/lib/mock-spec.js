// The spec as the mock server gets it: response schemas without reference cycles, and discriminated `oneOf`s as
// conditions. Both keep what the mock accepts; they only work around how Prism 5.14 handles such schemas.
//
// 1. Response cycles.
// Prism 5.14 bundles each operation's schemas (@stoplight/json bundleTarget) and names every bundled copy after
// the last segment of its pointer (`flow`, then `flow_2` … `flow_20`). A reference cycle that is entered many times
// in a response schema (e.g. a node whose many `oneOf` branches each loop back through `children`) makes it try
// to re-bundle its own copy once per entry, until all 20 names are taken. The request body's copy of the same
// cycle then gets no name, its pointer stays unresolved, the body schema fails to compile, and Prism swallows the
// error and validates nothing (a body of `true` is accepted). Responses are bundled before the request body.
//
// So the mock gets response schemas without cycles: every component that can reach a cycle gets an acyclic copy
// for responses, in which the reference that closes each cycle accepts any value. Request schemas keep their
// cycles, which Prism validates at any depth. Unrolling the request cycles instead would not do: Prism expands
// shared schemas into copies, so unrolled branches multiply with every level.
//
// 2. Discriminators. Prism's validator ignores `discriminator` and collects all errors, so a `oneOf` is checked
// against every branch, nested ones included: for a tree of nodes with 78 kinds, four levels deep already means
// tens of millions of checks and a request that never gets an answer. The mock gets each discriminated `oneOf` of
// `$ref`s as the discriminator defines it: the property must name a branch (`enum`), and `if` it names one, `then`
// the value must match that branch. Each level then checks one branch. Form bodies (urlencoded, multipart) keep
// their `oneOf`: Prism decodes form fields by the properties their schema names, and the rewritten schema names
// only the discriminating one, so every other field would be lost before validation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapePointerToken, unescapePointerToken } from "./spec.js";

/** @typedef {import("./spec.js").Json} Json */

/**
 * A directed graph of component names (`section/name`): the nodes each node has an edge to. Every node has an entry.
 * @typedef {Map<string, Set<string>>} Graph
 */

/**
 * @callback ReferenceVisitor
 * @param {unknown} ref   a `$ref`, or a discriminator mapping value as the spec wrote it
 * @param {(next: unknown) => void} replace   swaps in another reference, or drops it when `next` is undefined
 * @returns {void}
 */

const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)(.*)$/;

/**
 * @param {unknown} value
 * @returns {value is Json}
 */
const isObject = (value) => Boolean(value) && typeof value === "object";

/**
 * The value `map` holds for `key`, which it is known to hold: every node has its edges and its component, and a
 * visited node its Tarjan index and low link.
 * @template K, V
 * @param {Map<K, V>} map
 * @param {K} key
 * @returns {V}
 */
const entryOf = (map, key) => /** @type {V} */ (map.get(key));

/**
 * `section/name` of the component a reference points into, or undefined for any other reference.
 * @param {unknown} ref
 * @returns {string | undefined}
 */
function componentOf(ref) {
  const match = typeof ref === "string" ? COMPONENT_REF.exec(ref) : null;
  return match ? `${match[1]}/${unescapePointerToken(/** @type {string} */ (match[2]))}` : undefined;
}

/**
 * Calls `visit(ref, replace)` for every `$ref` and every discriminator mapping value under `node`.
 * @param {unknown} node
 * @param {ReferenceVisitor} visit
 * @returns {void}
 */
function eachReference(node, visit) {
  if (Array.isArray(node)) {
    for (const item of node) eachReference(item, visit);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$ref === "string") {
    visit(node.$ref, (next) => (next === undefined ? delete node.$ref : (node.$ref = next)));
  }
  const mapping = node.discriminator?.mapping;
  if (mapping && typeof mapping === "object") {
    for (const key of Object.keys(mapping)) {
      visit(mapping[key], (next) => (next === undefined ? delete mapping[key] : (mapping[key] = next)));
    }
  }
  for (const [key, value] of Object.entries(node)) if (key !== "$ref") eachReference(value, visit);
}

/**
 * Strongly connected components of a directed graph (Tarjan), as a map from node to component index.
 * @param {string[]} nodes
 * @param {Graph} edges
 * @returns {Map<string, number>}
 */
function stronglyConnected(nodes, edges) {
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {Set<string>} */
  const onStack = new Set();
  /** @type {string[]} */
  const stack = [];
  /** @type {Map<string, number>} */
  const componentOfNode = new Map();
  let counter = 0;
  let components = 0;
  const connect = (/** @type {string} */ node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of entryOf(edges, node)) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(entryOf(low, node), entryOf(low, next)));
      } else if (onStack.has(next)) low.set(node, Math.min(entryOf(low, node), entryOf(index, next)));
    }
    if (low.get(node) === index.get(node)) {
      let member;
      do {
        // The loop stops at `node`, which is still on the stack, so it never pops an empty one.
        member = /** @type {string} */ (stack.pop());
        onStack.delete(member);
        componentOfNode.set(member, components);
      } while (member !== node);
      components++;
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return componentOfNode;
}

/**
 * The edges that close a cycle when each strongly connected component is walked depth-first from its first member
 * (in document order). Without them every component is acyclic, so each turn of a cycle crosses at least one.
 * @param {string[]} nodes
 * @param {Graph} edges
 * @param {(from: string, to: string) => boolean} inCycle   whether an edge lies within one component's cycles
 * @returns {Set<string>} the edges as `from\nto`
 */
function backEdges(nodes, edges, inCycle) {
  /** @type {Set<string>} */
  const back = new Set();
  /** @type {Set<string>} */
  const done = new Set();
  /** @type {Set<string>} */
  const path = new Set();
  const walk = (/** @type {string} */ node) => {
    path.add(node);
    for (const next of entryOf(edges, node)) {
      if (!inCycle(node, next)) continue;
      if (path.has(next)) back.add(`${node}\n${next}`);
      else if (!done.has(next)) walk(next);
    }
    path.delete(node);
    done.add(node);
  };
  for (const node of nodes) if (!done.has(node)) walk(node);
  return back;
}

/**
 * Calls `visit` for every reference under the `responses` of every operation (paths and webhooks).
 * @param {Json} spec
 * @param {ReferenceVisitor} visit
 */
function eachResponseReference(spec, visit) {
  const operations = [spec.paths, spec.webhooks].flatMap((items) => Object.values(items ?? {}));
  for (const item of operations) {
    for (const operation of Object.values(item ?? {})) {
      if (operation && typeof operation === "object" && operation.responses) eachReference(operation.responses, visit);
    }
  }
}

/**
 * A copy of `spec` whose response schemas have no reference cycles (see the top of this file).
 * @param {Json} spec an OpenAPI document with internal references (`#/components/…`), e.g. a bundle
 * @returns {{ spec: Json, copied: string[] }} the document for the mock and the components given acyclic copies
 */
export function acyclicResponses(spec) {
  const out = structuredClone(spec);
  const components = out.components ?? {};
  const nodes = Object.entries(components).flatMap(([section, entries]) =>
    entries && typeof entries === "object" ? Object.keys(entries).map((name) => `${section}/${name}`) : [],
  );
  const known = new Set(nodes);
  /** @returns {[string, string]} */
  const split = (/** @type {string} */ node) => {
    const slash = node.indexOf("/");
    return [node.slice(0, slash), node.slice(slash + 1)];
  };
  /** @type {Graph} */
  const edges = new Map(nodes.map((node) => [node, new Set()]));
  for (const node of nodes) {
    const [section, name] = split(node);
    eachReference(components[section][name], (ref) => {
      const to = componentOf(ref);
      if (to && known.has(to)) entryOf(edges, node).add(to);
    });
  }
  const scc = stronglyConnected(nodes, edges);
  /** @type {Map<number, number>} */
  const sizes = new Map();
  for (const index of scc.values()) sizes.set(index, (sizes.get(index) ?? 0) + 1);
  const onCycle = new Set(nodes.filter((node) => entryOf(sizes, entryOf(scc, node)) > 1 || entryOf(edges, node).has(node)));
  if (!onCycle.size) return { spec: out, copied: [] };

  // Every component from which a cycle can be reached needs its own copy for responses.
  const reaches = new Set(onCycle);
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of nodes) {
      if (!reaches.has(node) && [...entryOf(edges, node)].some((to) => reaches.has(to))) {
        reaches.add(node);
        grew = true;
      }
    }
  }
  const inCycle = (/** @type {string} */ from, /** @type {string} */ to) => scc.get(from) === scc.get(to) && onCycle.has(to);
  const back = backEdges([...onCycle], edges, inCycle);
  const copyName = (/** @type {string} */ name) => `${name}__acyclic`;
  const toCopy = (/** @type {unknown} */ ref) => {
    const to = componentOf(ref);
    if (typeof ref !== "string" || !to || !reaches.has(to)) return ref;
    const [section, name] = split(to);
    // componentOf named a component, so COMPONENT_REF matches.
    return `#/components/${section}/${escapePointerToken(copyName(name))}${/** @type {RegExpExecArray} */ (COMPONENT_REF.exec(ref))[3]}`;
  };
  const copied = nodes.filter((node) => reaches.has(node));
  for (const node of copied) {
    const [section, name] = split(node);
    const copy = structuredClone(components[section][name]);
    eachReference(copy, (ref, replace) => {
      const to = componentOf(ref);
      if (to && back.has(`${node}\n${to}`)) replace(undefined);
      else replace(toCopy(ref));
    });
    components[section][copyName(name)] = copy;
  }
  eachResponseReference(out, (ref, replace) => replace(toCopy(ref)));
  return { spec: out, copied };
}

/**
 * The branch each value of a discriminator names: its `mapping`, or without one (as OpenAPI says) each branch
 * named after its schema.
 * @param {Json} discriminator
 * @param {string[]} refs the branches' `$ref`s
 * @returns {Record<string, string>}
 */
export function discriminatorMapping(discriminator, refs) {
  return discriminator.mapping ?? Object.fromEntries(refs.map((ref) => [unescapePointerToken(ref.slice(ref.lastIndexOf("/") + 1)), ref]));
}

/**
 * A copy of `spec` in which every `oneOf` of `$ref`s with a `discriminator` is written as conditions on the
 * discriminating property (see the top of this file). Without a `mapping`, branches are named after their schemas.
 * @param {Json} spec
 * @returns {{ spec: Json, rewritten: number }}
 */
export function discriminatorsAsConditions(spec) {
  const out = structuredClone(spec);
  let rewritten = 0;
  const forms = formSchemas(out);
  /** @returns {void} */
  const visit = (/** @type {unknown} */ node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node) || forms.has(node)) return;
    Object.values(node).forEach(visit);
    const { oneOf, discriminator } = node;
    const property = discriminator?.propertyName;
    if (typeof property !== "string" || !Array.isArray(oneOf) || !oneOf.every((branch) => typeof branch?.$ref === "string")) return;
    const refs = oneOf.map((branch) => branch.$ref);
    const mapping = discriminatorMapping(discriminator, refs);
    if (!Object.values(mapping).every((ref) => refs.includes(ref))) return;
    delete node.oneOf;
    delete node.discriminator;
    node.required = [...new Set([...(node.required ?? []), property])];
    node.properties = { ...node.properties, [property]: { ...node.properties?.[property], enum: Object.keys(mapping) } };
    node.allOf = [
      ...(node.allOf ?? []),
      ...Object.entries(mapping).map(([value, ref]) => ({
        if: { required: [property], properties: { [property]: { const: value } } },
        then: { $ref: ref },
      })),
    ];
    rewritten++;
  };
  visit(out);
  return { spec: out, rewritten };
}

/**
 * The schemas of form bodies, and the components they name directly.
 * @param {Json} spec
 * @returns {Set<unknown>}
 */
function formSchemas(spec) {
  /** @type {Set<unknown>} */
  const forms = new Set();
  const visit = (/** @type {unknown} */ node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (!/^(multipart\/|application\/x-www-form-urlencoded)/.test(key) || !isObject(value?.schema)) visit(value);
      else {
        forms.add(value.schema);
        const [, section, name] = COMPONENT_REF.exec(value.schema.$ref ?? "") ?? [];
        if (section && name) forms.add(spec.components?.[section]?.[unescapePointerToken(name)]);
      }
    }
  };
  visit(spec.paths);
  visit(spec.webhooks);
  return forms;
}

/**
 * The spec file Prism should serve: `specPath` itself when no change applies (or it is not JSON), otherwise the
 * changed copy in a new temporary directory. `cleanup()` removes that directory. With `ready`, the copy also has
 * `GET <ready.path>` answering `ready.body`: a request there proves that the answer came from this Prism and not
 * from whatever else holds the port.
 * @param {string} specPath
 * @param {{ ready?: { path: string, body: Json } }} [options]
 * @returns {{ path: string, changed: boolean, cleanup: () => void }}
 */
export function writeMockSpec(specPath, { ready } = {}) {
  let spec;
  try {
    spec = JSON.parse(readFileSync(specPath, "utf8"));
  } catch {
    if (ready) throw new Error(`${specPath} is not a JSON spec: run \`npm run generate\` to bundle it`);
    return { path: specPath, changed: false, cleanup: () => {} };
  }
  const acyclic = acyclicResponses(spec);
  const conditional = discriminatorsAsConditions(acyclic.spec);
  if (!acyclic.copied.length && !conditional.rewritten && !ready) return { path: specPath, changed: false, cleanup: () => {} };
  const out = conditional.spec;
  if (ready) {
    out.paths = {
      ...out.paths,
      [ready.path]: {
        get: {
          operationId: "mockReadiness",
          security: [],
          responses: {
            200: {
              description: "ready",
              // The schema pins the value too: with --dynamic, Prism makes answers up from schemas, not examples.
              content: { "application/json": { schema: pinned(ready.body), example: ready.body } },
            },
          },
        },
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "apispec-mock-"));
  const path = join(dir, "openapi.json");
  writeFileSync(path, JSON.stringify(out));
  return { path, changed: true, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A schema that only `value` matches, and that Prism's dynamic answers reproduce.
 * @param {unknown} value
 * @returns {Json}
 */
function pinned(value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return {
      type: "object",
      required: Object.keys(value),
      properties: Object.fromEntries(Object.entries(value).map(([key, v]) => [key, pinned(v)])),
      additionalProperties: false,
    };
  }
  return { enum: [value] };
}

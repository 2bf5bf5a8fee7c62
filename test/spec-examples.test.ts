// Every JSON request example in every spec is accepted by the Prism mock of that spec:
// examples are documentation users copy, so each one must be a valid request.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { authHeaders, exampleOf, type Json, resolve } from "./support/spec.js";

const METHODS = ["get", "put", "post", "delete", "patch"];

const cases = listApis().flatMap((api) => {
  const spec: Json = JSON.parse(readFileSync(api.bundlePath, "utf8"));
  return Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]?.requestBody).flatMap((method) => {
      const operation = item[method];
      const content = resolve(spec, operation.requestBody)!.content ?? {};
      return Object.entries(content)
        .filter(([type]) => type === "application/json" || type.endsWith("+json"))
        .flatMap(([type, media]: [string, any]) =>
          Object.entries(media.examples ?? (media.example === undefined ? {} : { example: { value: media.example } })).map(
            ([name, example]) => ({
              api: api.name,
              label: `${api.name} ${operation.operationId} example "${name}"`,
              spec,
              path,
              method,
              operation: { ...operation, parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])] },
              type,
              body: resolve(spec, example as Json)!.value,
            }),
          ),
        );
    }),
  );
});

describe("request examples", () => {
  it("exist for the specs under test", () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases.map((c) => [c.label, c] as const))("%s is accepted by the mock", async (_, c) => {
    const params = (c.operation.parameters as Json[]).map((p) => resolve(c.spec, p)!);
    // Prism serves every path from its root, including operations with their own `servers`.
    const path = c.path.replace(/\{([^}]+)\}/g, (_m: string, name: string) =>
      encodeURIComponent(String(exampleOf(c.spec, params.find((p) => p.in === "path" && p.name === name)!))),
    );
    const query = new URLSearchParams(
      params.filter((p) => p.in === "query" && p.required).map((p) => [p.name, String(exampleOf(c.spec, p))]),
    );
    const headers: Record<string, string> = { "Content-Type": c.type, ...authHeaders(c.spec, c.operation) };
    for (const p of params.filter((p) => p.in === "header" && p.required)) headers[p.name] = String(exampleOf(c.spec, p));
    const response = await fetch(`${inject("mockUrls")[c.api]}${path}${query.size ? `?${query}` : ""}`, {
      method: c.method.toUpperCase(),
      headers,
      body: JSON.stringify(c.body),
    });
    expect(response.status, response.headers.get("sl-violations") ?? "").toBeLessThan(300);
  });
});

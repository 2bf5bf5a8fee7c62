// Every operation of every API, called through its generated client against the Prism mock of its spec,
// with parameters and bodies taken from the spec's own examples, gets a documented 2xx answer, by path and by
// its named function from @apispec/<api>/operations alike.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { type ApiFixture, send } from "./support/fixture.js";
import { loadFixtures } from "./support/fixtures.js";
import { exampleOf, type Json, resolve } from "./support/spec.js";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

const apis = listApis();
const fixtures = new Map((await loadFixtures()).map((fixture) => [fixture.name, fixture]));
type OperationFunction = (client: unknown, init: Json) => Promise<{ status: number; error?: unknown }>;
const named = new Map(
  await Promise.all(
    apis.map(async (api) => [api.name, (await import(`@apispec/${api.name}/operations`)) as Record<string, OperationFunction>] as const),
  ),
);
const operations = apis.flatMap((api) => {
  const spec: Json = JSON.parse(readFileSync(api.bundlePath, "utf8"));
  return Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ api: api.name, spec, path, method, item, operation: item[method] as Json })),
  );
});

describe.each(apis.map((a) => a.name))("%s", (name) => {
  const cases = operations.filter((o) => o.api === name);
  const fixture: ApiFixture = fixtures.get(name)!;
  const connect = () => fixture.connect(inject("mockUrls")[name]!, { retry: false });

  // The other suites and the bench rely on these two calls being operations of the spec that the mock accepts.
  it("has a fixture whose read and write get a 2xx from the mock", async () => {
    for (const call of [fixture.read, fixture.write]) {
      expect(
        cases.map((c) => `${c.method.toUpperCase()} ${c.path}`),
        `fixture call of test/${name}/fixture.ts`,
      ).toContain(`${call.method} ${call.path}`);
      const { status, error } = await send(connect(), call);
      expect(status, `${call.method} ${call.path}: ${JSON.stringify(error)}`).toBeLessThan(300);
    }
  });

  it.each(cases.map((c) => [`${c.operation.operationId} (${c.method.toUpperCase()} ${c.path})`, c] as const))("%s", async (_, c) => {
    const client = connect();
    const params = [...(c.item.parameters ?? []), ...(c.operation.parameters ?? [])].map((p: Json) => resolve(c.spec, p)!);
    const pick = (where: string) =>
      Object.fromEntries(
        params.filter((p) => p.in === where && (p.required || where === "path")).map((p) => [p.name, exampleOf(c.spec, p)]),
      );
    const init: Json = { params: { path: pick("path"), query: pick("query"), header: pick("header") } };
    const content = resolve(c.spec, c.operation.requestBody)?.content ?? {};
    const [type, media] = (Object.entries(content)[0] ?? []) as [string | undefined, Json | undefined];
    if (type && media) {
      init.body = exampleOf(c.spec, media);
      // Callers of an enveloped API pass the document; the client adds the envelope.
      const envelope = c.spec["x-envelope"]?.property;
      if (envelope && typeof init.body === "object" && init.body !== null && Object.keys(init.body).every((k) => k === envelope))
        init.body = init.body[envelope];
      if (type === "application/x-www-form-urlencoded") init.headers = { "Content-Type": type };
    }
    // Text answers (subtitles) are read as text, as the spec's media types say.
    const success = Object.entries(c.operation.responses as Json).find(([code]) => code.startsWith("2"))?.[1];
    const answerTypes = Object.keys(resolve(c.spec, success)?.content ?? {});
    if (answerTypes.length && !answerTypes.some((t) => t.includes("json"))) init.parseAs = "text";
    const { status, error } = await client[c.method.toUpperCase() as "GET"](c.path, init);
    expect(status, JSON.stringify(error)).toBeLessThan(300);
    const byName = named.get(name)![c.operation.operationId];
    expect(byName, `${c.operation.operationId} in @apispec/${name}/operations`).toBeTypeOf("function");
    const again = await byName!(client, init);
    expect(again.status, JSON.stringify(again.error)).toBe(status);
  });
});

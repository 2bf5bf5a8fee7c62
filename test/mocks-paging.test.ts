// Every paged list of every API, read with the generated client's paginate() against its mock, ends after the
// first page because the mock's example is a last page (not because a runaway guard of the runtime stopped it).
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { loadFixtures } from "./support/fixtures.js";
import { exampleOf, type Json, resolve } from "./support/spec.js";

const fixtures = new Map((await loadFixtures()).map((fixture) => [fixture.name, fixture]));
const paged = listApis().flatMap((api) => {
  const spec: Json = JSON.parse(readFileSync(api.bundlePath, "utf8"));
  const paging = spec["x-pagination"];
  if (!paging) return [];
  const parameter = paging.pageParameter ?? paging.cursorParameter;
  return Object.entries(spec.paths as Json).flatMap(([path, item]) => {
    if (!item.get) return [];
    const params = [...(item.parameters ?? []), ...(item.get.parameters ?? [])].map((p: Json) => resolve(spec, p)!);
    if (!params.some((p) => p.in === "query" && p.name === parameter)) return [];
    const pick = (where: string) =>
      Object.fromEntries(params.filter((p) => p.in === where && (p.required || where === "path")).map((p) => [p.name, exampleOf(spec, p)]));
    return [{ api: api.name, path, init: { params: { path: pick("path"), query: pick("query") } } }];
  });
});

describe("paginate() against the mocks", () => {
  it("covers the paged lists of every API that pages", () => {
    expect(new Set(paged.map((p) => p.api))).toEqual(
      new Set(
        listApis()
          .filter((api) => JSON.parse(readFileSync(api.bundlePath, "utf8"))["x-pagination"])
          .map((api) => api.name),
      ),
    );
  });

  it.each(paged.map((p) => [`${p.api} ${p.path}`, p] as const))("%s ends after one page", async (_, { api, path, init }) => {
    const fixture = fixtures.get(api)!;
    const pages: string[] = [];
    const counting = (input: Request) => {
      if (!fixture.tokenPath || !new URL(input.url).pathname.endsWith(fixture.tokenPath)) pages.push(input.url);
      return fetch(input);
    };
    const client = fixture.connect(inject("mockUrls")[api]!, { retry: false, fetch: counting }) as unknown as {
      paginate(path: string, init: object): AsyncIterable<unknown>;
    };
    for await (const _item of client.paginate(path, { ...init, maxPages: 3 })) void _item;
    expect(pages).toHaveLength(1);
  });
});

// Before any test file: one Prism mock per spec (from the bundled generated/<api>/openapi.json) on a free
// loopback port, and the docs site built once into site/ for the docs tests.
import type { TestProject } from "vitest/node";
import { buildDocs } from "../scripts/docs.js";
import { listApis } from "../scripts/lib/apis.js";
import { freePort, startPrism } from "../scripts/lib/prism.js";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const apis = listApis();
  const [mocks] = await Promise.all([
    Promise.all(apis.map(async (api) => ({ api, ...(await startPrism({ spec: api.bundlePath, port: await freePort() })) }))),
    buildDocs(apis),
  ]);
  project.provide("mockUrls", Object.fromEntries(mocks.map(({ api, url }) => [api.name, url])));
  return async () => {
    await Promise.all(mocks.map((m) => m.stop()));
  };
}

// Starts one Prism mock per spec (from the bundled generated/<api>/openapi.json) on a free loopback port.
import type { TestProject } from "vitest/node";
import { listApis } from "../scripts/lib/apis.js";
import { freePort, startPrism } from "../scripts/lib/prism.js";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const apis = listApis();
  const mocks = await Promise.all(apis.map(async (api) => ({ api, ...(await startPrism({ spec: api.bundlePath, port: await freePort() })) })));
  project.provide("mockUrls", Object.fromEntries(mocks.map(({ api, url }) => [api.name, url])));
  return async () => {
    await Promise.all(mocks.map((m) => m.stop()));
  };
}

// Before any test file: one Prism mock per spec (from the bundled generated/<api>/openapi.json) on a free
// loopback port, and the docs site built once into site/ for the docs tests.
import type { TestProject } from "vitest/node";
import { buildDocs } from "../scripts/docs.js";
import { listApis } from "../scripts/lib/apis.js";
import { startMocks } from "./support/mocks.js";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}

/**
 * Prism takes seconds to load a spec on an idle machine and minutes on a loaded one (all the mocks start at once,
 * beside the docs build): a slow start is not a failure, a mock that never answers is.
 */
const PRISM_READY_TIMEOUT_MS = 180_000;

export default async function setup(project: TestProject) {
  const apis = listApis();
  const mocks = await startMocks(
    apis.map((api) => ({ name: api.name, spec: api.bundlePath })),
    { readyTimeoutMs: PRISM_READY_TIMEOUT_MS, alongside: [buildDocs(apis)] },
  );
  project.provide("mockUrls", mocks.urls);
  return mocks.stop;
}

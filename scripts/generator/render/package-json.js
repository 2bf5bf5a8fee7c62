// package.json of a client package.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../../lib/apis.js";

const runtimeManifest = JSON.parse(readFileSync(join(root, "runtime/package.json"), "utf8"));
const REPOSITORY = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).repository;

/**
 * @param {import("../model.js").Model} model
 * @returns {string}
 */
export function renderPackageJson({ info, webhooks }) {
  return `${JSON.stringify(
    {
      name: info.name,
      version: info.version,
      description: `Typed client for the ${info.title}, generated from a hand-written OpenAPI 3.1 spec.`,
      license: "MIT",
      type: "module",
      sideEffects: false,
      engines: { node: ">=20.19" },
      exports: {
        ".": { source: "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./operations": { source: "./src/operations.ts", types: "./dist/operations.d.ts", default: "./dist/operations.js" },
        ...(webhooks.length
          ? { "./webhooks": { source: "./src/webhooks.ts", types: "./dist/webhooks.d.ts", default: "./dist/webhooks.js" } }
          : {}),
        "./openapi.json": "./openapi.json",
      },
      types: "./dist/index.d.ts",
      files: ["dist", "openapi.json", "CHANGELOG.md"],
      repository: { ...REPOSITORY, directory: `generated/${info.api}` },
      scripts: { build: "tsc -p tsconfig.build.json" },
      dependencies: {
        "@apispec/runtime": runtimeManifest.version,
        "openapi-fetch": runtimeManifest.dependencies["openapi-fetch"],
      },
    },
    null,
    2,
  )}\n`;
}

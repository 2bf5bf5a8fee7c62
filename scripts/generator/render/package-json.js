// package.json of a client package.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../../lib/apis.js";

const runtimeManifest = JSON.parse(readFileSync(join(root, "runtime/package.json"), "utf8"));
const REPOSITORY = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).repository;
/** What the tarball holds beyond the package folder: the published manifest and the LICENSE (scripts/pack.js). */
const PACK_SCRIPTS = Object.fromEntries(["prepack", "postpack", "postpublish"].map((event) => [event, "node ../../scripts/pack.js"]));

/**
 * @param {import("../model.js").Model} model
 * @returns {string}
 */
export function renderPackageJson({ info, webhooks }) {
  const subpaths = ["operations", ...(webhooks.length ? ["webhooks"] : [])];
  return `${JSON.stringify(
    {
      name: info.name,
      version: info.version,
      description: `Typed client for the ${info.title}, generated from a hand-written OpenAPI 3.1 spec.`,
      license: "MIT",
      type: "module",
      sideEffects: false,
      engines: { node: ">=20.19" },
      // `source` is for this repository's tools (tests and type-checks run on src/); scripts/pack.js leaves it
      // out of the published manifest, as src/ is not shipped.
      exports: {
        ".": { source: "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" },
        ...Object.fromEntries(
          subpaths.map((name) => [`./${name}`, { source: `./src/${name}.ts`, types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }]),
        ),
        "./openapi.json": "./openapi.json",
      },
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      // TypeScript's `moduleResolution: node10` does not read `exports`: this is how it finds the subpaths' types.
      typesVersions: { "*": Object.fromEntries(subpaths.map((name) => [name, [`./dist/${name}.d.ts`]])) },
      files: ["dist", "openapi.json", "CHANGELOG.md"],
      repository: { ...REPOSITORY, directory: `generated/${info.api}` },
      scripts: { build: "tsc -p tsconfig.build.json", ...PACK_SCRIPTS },
      dependencies: {
        "@apispec/runtime": runtimeManifest.version,
        "openapi-fetch": runtimeManifest.dependencies["openapi-fetch"],
      },
    },
    null,
    2,
  )}\n`;
}

// Everything a generated client package contains: the spec model rendered by one renderer per output file.
import { readModel } from "./model.js";
import { renderChangelog } from "./render/changelog.js";
import { renderCurlSamples } from "./render/curl.js";
import { renderIndex } from "./render/index.js";
import { renderOpenapiJson } from "./render/openapi-json.js";
import { renderOperations } from "./render/operations.js";
import { renderPackageJson } from "./render/package-json.js";
import { renderReadme } from "./render/readme.js";
import { renderSamples } from "./render/samples.js";
import { renderTsconfig } from "./render/tsconfig.js";
import { renderTypes } from "./render/types.js";
import { renderWebhooks } from "./render/webhooks.js";

/**
 * The package's files as { relativePath: contents }.
 * @param {import("../lib/apis.js").Api} api
 * @param {import("../lib/spec.js").Json} spec the bundled spec
 * @returns {Promise<Record<string, string>>}
 */
export async function packageFiles(api, spec) {
  const model = readModel(api, spec);
  const samples = renderSamples(model);
  const webhooks = await renderWebhooks(model);
  return {
    "openapi.json": renderOpenapiJson(model, samples, renderCurlSamples(model)),
    ...samples,
    "src/schema.ts": await renderTypes(model),
    "src/index.ts": renderIndex(model),
    "src/operations.ts": renderOperations(model),
    "package.json": renderPackageJson(model),
    "tsconfig.build.json": renderTsconfig(),
    "README.md": renderReadme(model),
    "CHANGELOG.md": renderChangelog(api, model),
    ...webhooks,
  };
}

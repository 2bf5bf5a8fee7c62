// openapi.json of a client package: the bundled spec as published, each operation with its TypeScript and curl
// samples (Redoc renders `x-codeSamples`).

/**
 * @param {import("../model.js").Model} model
 * @param {Record<string, string>} samples the rendered samples, by file name
 * @param {Record<string, string>} curl the curl commands, by operationId
 * @returns {string}
 */
export function renderOpenapiJson({ spec, operations }, samples, curl) {
  const copy = structuredClone(spec);
  for (const op of operations) {
    copy.paths[op.path][op.method.toLowerCase()]["x-codeSamples"] = [
      { lang: "TypeScript", label: "TypeScript", source: samples[sampleFile(op)] },
      { lang: "curl", label: "curl", source: curl[op.operationId] },
    ];
  }
  return `${JSON.stringify(copy, null, 2)}\n`;
}

/**
 * Where an operation's sample is written in the package.
 * @param {{ operationId: string }} op
 */
export function sampleFile(op) {
  return `samples/${op.operationId}.ts`;
}

// openapi.json of a client package: the bundled spec as published, each operation with its TypeScript sample
// (Redoc renders `x-codeSamples`).

/**
 * @param {import("../model.js").Model} model
 * @param {Record<string, string>} samples the rendered samples, by file name
 * @returns {string}
 */
export function renderOpenapiJson({ spec, operations }, samples) {
  const copy = structuredClone(spec);
  for (const op of operations) {
    copy.paths[op.path][op.method.toLowerCase()]["x-codeSamples"] = [
      { lang: "TypeScript", label: "TypeScript", source: samples[sampleFile(op)] },
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

// package.json, openapi.json and CHANGELOG.md of a client package.
import { describe, expect, it } from "vitest";
import { renderChangelog } from "../../scripts/generator/render/changelog.js";
import { renderCurlSamples } from "../../scripts/generator/render/curl.js";
import { renderOpenapiJson } from "../../scripts/generator/render/openapi-json.js";
import { renderPackageJson } from "../../scripts/generator/render/package-json.js";
import { renderSamples } from "../../scripts/generator/render/samples.js";
import { fixture } from "./support.js";

describe("renderPackageJson", () => {
  it("adds the webhooks entry point only for an API with webhooks, and no validator dependency for it", () => {
    const store = JSON.parse(renderPackageJson(fixture("store").model));
    expect(store.exports["./webhooks"]).toEqual({
      source: "./src/webhooks.ts",
      types: "./dist/webhooks.d.ts",
      default: "./dist/webhooks.js",
    });
    expect(Object.keys(store.dependencies)).toEqual(["@apispec/runtime", "openapi-fetch"]);
    const login = JSON.parse(renderPackageJson(fixture("login").model));
    expect(login.exports["./webhooks"]).toBeUndefined();
    expect(Object.keys(login.dependencies)).toEqual(["@apispec/runtime", "openapi-fetch"]);
  });

  it("maps each subpath's types for TypeScript's node10 resolution, and packs through scripts/pack.js", () => {
    const store = JSON.parse(renderPackageJson(fixture("store").model));
    expect(store.typesVersions).toEqual({ "*": { operations: ["./dist/operations.d.ts"], webhooks: ["./dist/webhooks.d.ts"] } });
    expect(JSON.parse(renderPackageJson(fixture("login").model)).typesVersions).toEqual({
      "*": { operations: ["./dist/operations.d.ts"] },
    });
    for (const event of ["prepack", "postpack", "postpublish"]) expect(store.scripts[event]).toBe("node ../../scripts/pack.js");
  });
});

describe("renderOpenapiJson", () => {
  it("publishes the spec with each operation's TypeScript and curl samples as x-codeSamples, leaving the model's spec as it was", () => {
    const { model } = fixture("store");
    const before = structuredClone(model.spec);
    const samples = renderSamples(model);
    const curl = renderCurlSamples(model);
    const published = JSON.parse(renderOpenapiJson(model, samples, curl));
    expect(published.paths["/items"].get["x-codeSamples"]).toEqual([
      { lang: "TypeScript", label: "TypeScript", source: samples["samples/listItems.ts"] },
      { lang: "curl", label: "curl", source: curl.listItems },
    ]);
    expect(model.spec).toEqual(before);
  });
});

describe("renderChangelog", () => {
  it("copies the spec's changelog when it has an entry for info.version, and refuses otherwise", () => {
    const { api, model } = fixture("store");
    expect(renderChangelog(api, model)).toMatch(
      /^<!-- Copied from specs\/store\/CHANGELOG.md by scripts\/generate.js. -->\n# Changelog\n\n## 1.2.3\n/,
    );
    const unlisted = { ...model, info: { ...model.info, version: "1.2.4" } };
    expect(() => renderChangelog(api, unlisted)).toThrow('specs/store/CHANGELOG.md has no "## 1.2.4" entry');
  });
});

// The docs site as `npm run docs` writes it (test/global-setup.ts builds it): a landing page and one offline
// reference page per API.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listApis, root } from "../scripts/lib/apis.js";

const site = join(root, "site");
const apis = listApis();

describe("docs site", () => {
  it("lists every API on the landing page with its operation count and reference page", () => {
    const landing = readFileSync(join(site, "index.html"), "utf8");
    for (const api of apis) {
      const spec = JSON.parse(readFileSync(api.bundlePath, "utf8"));
      const operations = Object.values(spec.paths as Record<string, object>).flatMap((item) =>
        Object.keys(item).filter((k) => k !== "parameters"),
      );
      const row = landing.slice(landing.indexOf(`<a href="${api.name}/">`));
      expect(row).toContain(spec.info.title);
      expect(row).toMatch(new RegExp(`<td class="n">${operations.length}</td>`));
      expect(row).toContain(`npm run mock -- ${api.name}`);
    }
  });

  it.each(apis.map((a) => a.name))("renders %s without loading scripts or stylesheets from another host", (name) => {
    const page = readFileSync(join(site, name, "index.html"), "utf8");
    const remote = [...page.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((url) => /^(https?:)?\/\//.test(url!));
    expect(remote).toEqual([]);
    expect(page).toContain('import { hydrate } from "../assets/redoc.standalone.js"');

    // The browser refuses the shared bundle unless the page's integrity hash matches it.
    const bundle = readFileSync(join(site, "assets/redoc.standalone.js"));
    const integrity = /integrity="(sha384-[^"]+)"/.exec(page)?.[1];
    expect(integrity).toBe(`sha384-${createHash("sha384").update(bundle).digest("base64")}`);
    expect(bundle.toString()).not.toMatch(/https:\/\/cdn\.redoc\.ly\/redoc\/logo/);
  });

  it.each(apis.map((a) => a.name))("offers %s's bundled spec for download as JSON and YAML", (name) => {
    const json = JSON.parse(readFileSync(join(site, name, "openapi.json"), "utf8"));
    expect(json.openapi).toBe("3.1.0");
    expect(readFileSync(join(site, name, "openapi.yaml"), "utf8")).toContain(`title: ${json.info.title}`);
  });
});

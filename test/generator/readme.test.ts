// README.md: what the client does, in the spec's terms.
import { describe, expect, it } from "vitest";
import { readModel } from "../../scripts/generator/model.js";
import { renderReadme } from "../../scripts/generator/render/readme.js";
import { fixture } from "./support.js";

describe("renderReadme", () => {
  const readme = renderReadme(fixture("store").model);

  it("names the operations the spec marks x-idempotent: false as never retried, and no naming rule", () => {
    expect(readme).toContain("(`x-idempotent: false`: `createItemAt`) are never retried");
    expect(readme).not.toMatch(/operationId starts with/);
  });

  it("shows the first call, the auth, and a section per feature the spec uses", () => {
    expect(readme).toContain('import { listItems } from "@apispec/store/operations";');
    expect(readme).toContain("// Options left out come from the environment: STORE_API_KEY.\nconst store = createStoreClient();");
    expect(readme).toContain("const { data, error, status } = await listItems(store);");
    expect(readme).toContain('const byPath = await store.GET("/items");');
    expect(readme).toContain("const store = createStoreClient({ apiKey: process.env.STORE_API_KEY! });");
    expect(readme).toContain("bearer API key.\n\nStore API key, sent as a bearer token.");
    for (const section of ["## Pagination", "## Uploads", "## Downloads", "## Webhooks"]) expect(readme).toContain(section);
    expect(readme).not.toContain("/* … */");
    expect(readme).toContain("| `createItemAt` | `PUT /items/{itemId}` | Create an item under a chosen id |");
  });

  it("says where an operation with its own x-pagination finds its items, and that a map comes as entries", () => {
    const { api, model: base } = fixture("store");
    const spec = structuredClone(base.spec);
    spec.paths["/items"].get["x-pagination"] = { items: "byName" };
    expect(renderReadme(readModel(api, spec))).toContain(
      "`listItems` pages the list at `content.byName`. When that is an object (a map), the loop gets its `[key, value]` entries.",
    );
    expect(readme).not.toContain("pages the list at");
  });

  it("asks for a baseUrl and shows the login credentials when the spec has no default server", () => {
    const login = renderReadme(fixture("login").model);
    expect(login).toContain("The vendor documents no server, so `baseUrl` (or `LOGIN_BASE_URL`) is required");
    expect(login).toContain("`LOGIN_USER` + `LOGIN_SECRET` + `LOGIN_REALM`, or `LOGIN_API_KEY`, or `LOGIN_SESSION_TOKEN`");
    expect(login).toContain(
      "credentials: { user: process.env.LOGIN_USER!, secret: process.env.LOGIN_SECRET!, realm: process.env.LOGIN_REALM! }",
    );
  });
});

// src/index.ts: the operation table as the runtime will read it, and imports from the runtime's entry points.
import { describe, expect, it } from "vitest";
import { readModel } from "../../scripts/generator/model.js";
import { renderIndex } from "../../scripts/generator/render/index.js";
import { constant, fixture } from "./support.js";

describe("renderIndex", () => {
  const store = renderIndex(fixture("store").model);

  it("lists per method the usual facts, and per operation only what differs from its method's", () => {
    expect(constant(store, "operationTable")).toEqual({
      defaults: {},
      paths: {
        "/items": { POST: { idempotencyHeader: "Idempotency-Key" } },
        "/items/{itemId}": { PUT: { replay: false } },
        "/items/{itemId}/file": {
          POST: { multipart: { file: "audio/mpeg", meta: "application/json", note: null } },
          PUT: { raw: "audio/ogg" },
        },
        "/items/{itemId}/label": { GET: { auth: false } },
      },
    });
    // Both writes of the login fixture are enveloped logins: their facts become their methods' defaults, with no rows.
    expect(constant(renderIndex(fixture("login").model), "operationTable")).toEqual({
      defaults: { PUT: { auth: false, envelope: true }, POST: { auth: false, envelope: true } },
      paths: {},
    });
  });

  it("builds the client from @apispec/runtime/internal and re-exports the public errors", () => {
    expect(store).toContain(
      'import {\n  bearerAuth,\n  createApiClient,\n  fromEnv,\n  type OperationTable,\n  toFormData,\n  withDownload,\n  withIdempotencyKey,\n  withPagination,\n} from "@apispec/runtime/internal";',
    );
    expect(store).toContain('import type { ApiClient, ClientOptions, DownloadClient, PagedClient } from "@apispec/runtime";');
    expect(store).toContain("export {\n  ApiAuthError,\n  ApiConnectionError,\n  ApiError,");
    expect(store).toContain(
      'return withPagination(withDownload(client), { kind: "page", pageParameter: "page", items: "content", lastPage: "last" });',
    );
  });

  it("passes an operation's x-pagination items to withPagination and PagedClient, naming only the operations that have one", () => {
    const { api, model: base } = fixture("store");
    const spec = structuredClone(base.spec);
    spec.paths["/items"].get["x-pagination"] = { items: "byName" };
    const code = renderIndex(readModel(api, spec));
    expect(code).toContain(
      'withPagination(withDownload(client), { kind: "page", pageParameter: "page", items: "content", lastPage: "last", itemsAt: { "/items": "byName" } });',
    );
    expect(code).toContain('PagedClient<paths, StorePagedPath, { "/items": "byName" }>');
    expect(store).not.toContain("itemsAt");
    expect(store).toContain("PagedClient<paths, StorePagedPath>;");
  });

  it("passes the spec's x-login to loginAuth as data", () => {
    const code = renderIndex(fixture("login").model);
    expect(constant(code, "login")).toEqual(fixture("login").model.security && (fixture("login").model.security as any).login);
    expect(code).toContain(
      'auth: loginAuth(login, credentials, { baseUrl, fetch: rest.fetch, what: "createLoginClient: credentials", env: "LOGIN" }),',
    );
    expect(code).toContain(
      "credentials?: { user: string; secret: string; realm: string } | { apiKey: string } | { sessionToken: string };",
    );
  });

  it("names an operation's own server in the table, and hands the client the spec's server to compare with", () => {
    const { api, model: base } = fixture("store");
    const spec = structuredClone(base.spec);
    spec.paths["/items/{itemId}/label"].get.servers = [{ url: "https://labels.example.com/" }];
    const code = renderIndex(readModel(api, spec));
    const table = constant(code, "operationTable") as { paths: Record<string, unknown> };
    expect(table.paths["/items/{itemId}/label"]).toEqual({
      GET: { auth: false, server: "https://labels.example.com" },
    });
    expect(code).toContain("    defaultBaseUrl,\n");
    expect(store).not.toContain("    defaultBaseUrl,\n");
  });

  it("defaults the base URL and each credential option to its environment variable", () => {
    expect(store).toContain('const { apiKey = fromEnv("STORE_API_KEY"), ...rest } = options;');
    expect(store).toContain('const baseUrl = rest.baseUrl ?? fromEnv("STORE_BASE_URL") ?? defaultBaseUrl;');
    expect(store).toContain("export function createStoreClient(options: StoreClientOptions = {}): StoreClient {");
    const login = renderIndex(fixture("login").model);
    expect(login).toContain('const baseUrl = rest.baseUrl ?? fromEnv("LOGIN_BASE_URL");');
    expect(login).toContain(
      'throw new TypeError("createLoginClient: baseUrl (or LOGIN_BASE_URL) is required: the vendor documents no server");',
    );
  });
});

// The Kazoo client: login flows, envelopes and next_start_key paging, through the generated client,
// against a local Crossbar stand-in, plus typed calls against the Prism mock.
import { createHash } from "node:crypto";
import { ApiAuthError, ApiResponseError, type components, createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const user = { username: "Admin", password: "S3cret-Pass!", accountName: "My Awesome Office" };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const envelope = (data: unknown, extra: Record<string, unknown> = {}) => ({
  status: "success",
  request_id: "req-1",
  revision: "1-abc",
  data,
  ...extra,
});

/** Logs in PUT /user_auth and PUT /api_auth; everything else needs a token it issued. */
async function crossbar(handle?: (path: string, body: any) => unknown) {
  let issued = 0;
  const valid = new Set<string>();
  const server = await startLocalServer((req, res) => {
    const body = req.body ? JSON.parse(req.body) : undefined;
    if (req.path === "/v2/user_auth" || req.path === "/v2/api_auth") {
      const expected = createHash("sha1").update(`${user.username.toLowerCase()}:${user.password}`).digest("hex");
      const ok = req.path === "/v2/api_auth" ? body.data.api_key === "account-api-key" : body.data.credentials === expected;
      if (!ok)
        return json(res, 401, { status: "error", error: "401", message: "invalid credentials", data: { message: "invalid credentials" } });
      const token = `token-${++issued}`;
      valid.add(token);
      return json(res, 201, envelope({ account_id: ACCOUNT, owner_id: "u1" }, { auth_token: token }));
    }
    if (!valid.has(String(req.headers["x-auth-token"])))
      return json(res, 401, { status: "error", error: "401", message: "invalid_credentials", data: {} });
    const answer = handle?.(req.path, body);
    json(res, 200, answer ?? envelope({ id: ACCOUNT, name: "My Awesome Office" }));
  });
  closers.push(server.close);
  const logins = () => server.seen.filter((r) => r.path.endsWith("_auth"));
  return { server, valid, logins, baseUrl: `${server.url}/v2` };
}

describe("Kazoo login", () => {
  it("logs in lazily with SHA-1 user credentials and caches the token", async () => {
    const { baseUrl, logins, server } = await crossbar();
    const client = createKazooClient({ baseUrl, credentials: user });
    expect(server.seen).toHaveLength(0);
    for (let i = 0; i < 3; i++)
      expect((await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } })).status).toBe(200);
    expect(logins()).toHaveLength(1);
    expect(JSON.parse(logins()[0]!.body)).toEqual({
      data: {
        credentials: createHash("sha1").update("admin:S3cret-Pass!").digest("hex"),
        method: "sha",
        account_name: "My Awesome Office",
      },
    });
    expect(server.seen.filter((r) => !r.path.endsWith("_auth")).every((r) => r.headers["x-auth-token"] === "token-1")).toBe(true);
  });

  it("logs in once for 100 concurrent calls", async () => {
    const { baseUrl, logins } = await crossbar();
    const client = createKazooClient({ baseUrl, credentials: user });
    const results = await Promise.all(
      Array.from({ length: 100 }, () => client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(logins()).toHaveLength(1);
  });

  it("logs in again once when the token is refused", async () => {
    const { baseUrl, logins, valid } = await crossbar();
    const client = createKazooClient({ baseUrl, credentials: user });
    await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } });
    valid.clear();
    const { status } = await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } });
    expect(status).toBe(200);
    expect(logins()).toHaveLength(2);
  });

  it("logs in with the account API key", async () => {
    const { baseUrl, logins } = await crossbar();
    const client = createKazooClient({ baseUrl, credentials: { apiKey: "account-api-key" } });
    expect((await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } })).status).toBe(200);
    expect(logins().map((r) => [r.method, r.path, JSON.parse(r.body)])).toEqual([
      ["PUT", "/v2/api_auth", { data: { api_key: "account-api-key" } }],
    ]);
  });

  it("uses a token it is given without logging in, and returns the 401 when it is refused", async () => {
    const { baseUrl, logins, server } = await crossbar();
    const client = createKazooClient({ baseUrl, credentials: { authToken: "not-issued" } });
    const { status, error } = await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } });
    expect(status).toBe(401);
    expect(error).toMatchObject({ status: "error", message: "invalid_credentials" });
    expect(logins()).toHaveLength(0);
    expect(server.seen[0]!.headers["x-auth-token"]).toBe("not-issued");
  });

  it("throws ApiAuthError with Kazoo's message, and neither the password nor its hash, when login fails", async () => {
    const { baseUrl } = await crossbar();
    const client = createKazooClient({ baseUrl, credentials: { ...user, password: "wrong-password" } });
    const error = await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as Error).message).toMatch(
      /token request PUT http:\/\/127\.0\.0\.1:\d+\/v2\/user_auth was refused with 401: invalid credentials/,
    );
    const hash = createHash("sha1").update("admin:wrong-password").digest("hex");
    const text = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`;
    expect(text).not.toContain("wrong-password");
    expect(text).not.toContain(hash);
  });

  it("refuses incomplete credentials before any request", () => {
    expect(() => createKazooClient({ baseUrl: "http://127.0.0.1:1/v2", credentials: { ...user, accountName: "" } })).toThrow(
      "createKazooClient: credentials.accountName is required",
    );
  });
});

describe("Kazoo envelopes", () => {
  it("wraps request documents in data and unwraps the answer, keeping the envelope", async () => {
    const { baseUrl, server } = await crossbar((_, body) => envelope({ ...body.data, id: ACCOUNT }));
    const client = createKazooClient({ baseUrl, credentials: user });
    const { data, envelope: env } = await client.POST("/accounts/{account_id}", {
      params: { path: { account_id: ACCOUNT } },
      body: { name: "Renamed Office" },
    });
    expect(JSON.parse(server.seen.at(-1)!.body)).toEqual({ data: { name: "Renamed Office" } });
    expect(data).toEqual({ name: "Renamed Office", id: ACCOUNT });
    expect(env).toMatchObject({ status: "success", request_id: "req-1", revision: "1-abc" });
  });
});

describe("Kazoo paging", () => {
  const pages: Record<string, { data: { id: string }[]; next_start_key?: string }> = {
    "": { data: [{ id: "a" }, { id: "b" }], next_start_key: "k2" },
    k2: { data: [{ id: "c" }, { id: "d" }], next_start_key: "k3" },
    k3: { data: [{ id: "e" }] },
  };

  it("follows next_start_key until the last page", async () => {
    const { baseUrl, server } = await crossbar((path) => {
      const key = new URL(path, "http://x").searchParams.get("start_key") ?? "";
      const page = pages[key]!;
      return envelope(page.data, { next_start_key: page.next_start_key, page_size: 2 });
    });
    const client = createKazooClient({ baseUrl, credentials: user });
    const ids: string[] = [];
    for await (const child of client.paginate("/accounts/{account_id}/children", {
      params: { path: { account_id: ACCOUNT }, query: { page_size: 2 } },
    })) {
      expectTypeOf(child).toEqualTypeOf<components["schemas"]["AccountDescendant"]>();
      ids.push(child.id!);
    }
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    const queries = server.seen.filter((r) => r.path.includes("/children")).map((r) => new URL(r.path, "http://x").search);
    expect(queries).toEqual(["?page_size=2", "?page_size=2&start_key=k2", "?page_size=2&start_key=k3"]);
  });

  it("sends list filters as query parameters of their own, as OpenAPI's form style says", async () => {
    const { baseUrl, server } = await crossbar(() => envelope([]));
    const client = createKazooClient({ baseUrl, credentials: user });
    const { status } = await client.GET("/accounts/{account_id}/children", {
      params: {
        path: { account_id: ACCOUNT },
        query: {
          page_size: 10,
          filters: { filter_name: "Sales", filter_not_enabled: false, has_key: "realm", created_from: 63627345744, ascending: true },
        },
      },
    });
    expect(status).toBe(200);
    const sent = server.seen.find((r) => r.path.includes("/children"))!;
    expect(new URL(sent.path, "http://x").search).toBe(
      "?page_size=10&filter_name=Sales&filter_not_enabled=false&has_key=realm&created_from=63627345744&ascending=true",
    );
  });

  it("refuses, at compile time, a filter key Crossbar does not know and a filter of the wrong type", async () => {
    const { baseUrl } = await crossbar(() => envelope([]));
    const client = createKazooClient({ baseUrl, credentials: user });
    await client.GET("/accounts/{account_id}/children", {
      // @ts-expect-error filter keys start with filter_ (or filter_not_), so a bare field name is a type error
      params: { path: { account_id: ACCOUNT }, query: { filters: { name: "Sales" } } },
    });
    await client.GET("/accounts/{account_id}/children", {
      // @ts-expect-error has_key names a key: a string, not a boolean
      params: { path: { account_id: ACCOUNT }, query: { filters: { has_key: true } } },
    });
    await client.GET("/accounts/{account_id}/children", {
      // @ts-expect-error the filters are inside `filters`, no longer query parameters of their own (2.0.0)
      params: { path: { account_id: ACCOUNT }, query: { has_key: "realm" } },
    });
  });

  it("throws ApiResponseError when a page fails", async () => {
    const { baseUrl } = await crossbar((path) =>
      path.includes("start_key") ? { status: "error" } : envelope([{ id: "a" }], { next_start_key: "k2" }),
    );
    const client = createKazooClient({ baseUrl, credentials: user });
    const seen: string[] = [];
    const run = async () => {
      for await (const child of client.paginate("/accounts/{account_id}/children", { params: { path: { account_id: ACCOUNT } } }))
        seen.push(child.id!);
    };
    // The stand-in answers the second page with a body that has no list.
    await expect(run()).rejects.toBeInstanceOf(ApiResponseError);
    expect(seen).toEqual(["a"]);
  });

  it("refuses to paginate an operation that is not paged: a type error, and for untyped callers a clear ApiResponseError", async () => {
    const { baseUrl } = await crossbar(() => envelope({ id: ACCOUNT, name: "Office" }));
    const client = createKazooClient({ baseUrl, credentials: user });
    const run = async () => {
      // @ts-expect-error GET /accounts/{account_id} answers one account, not a page of them
      for await (const item of client.paginate("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } })) void item;
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({ message: 'GET /accounts/{account_id} answered without a "data" list', status: 200 });
  });
});

describe("Kazoo against the mock", () => {
  const client = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });

  it("getAccount returns the account document, typed, with the envelope alongside", async () => {
    const { data, envelope: env, status } = await client.GET("/accounts/{account_id}", { params: { path: { account_id: ACCOUNT } } });
    expect(status).toBe(200);
    expectTypeOf(data).toExtend<components["schemas"]["Account"] | undefined>();
    expectTypeOf(data!.name).toEqualTypeOf<string>();
    expect(data).toMatchObject({ id: ACCOUNT, name: "My Awesome Office" });
    expect(env).toMatchObject({ status: "success", request_id: expect.any(String) });
  });

  it("rejects a malformed account id with the reason", async () => {
    const { status, error } = await client.GET("/accounts/{account_id}", { params: { path: { account_id: "not-hex" } } });
    // The mock answers as Crossbar does: a 400 envelope whose data names the field and the rule.
    expect(status).toBe(400);
    expect(JSON.stringify(error)).toContain('must match pattern \\"^[0-9a-f]{32}$\\"');
  });

  it("answers errors with the error envelope", async () => {
    const { status, error } = await client.GET("/accounts/{account_id}", {
      params: { path: { account_id: ACCOUNT } },
      headers: { Prefer: "code=404" },
    });
    expect(status).toBe(404);
    expect(error).toMatchObject({ status: "error", message: expect.any(String) });
  });
});

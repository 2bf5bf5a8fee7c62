// Account search and the cb_auth operations through the generated Kazoo client: against the Prism mock, and
// against a local Crossbar stand-in where what the client sends (token header, body shape) matters.
import { type components, createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const TOKEN =
  "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2NvdW50X2lkIjoiM2QyZjdhOTFiYzA0NGU4ZGE2YjE5ZjBjMmU1NzdhNDEifQ.c2lnbmF0dXJlLXNhbXBsZQ";
const kazoo = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });
const violations = (response: Response) => response.headers.get("sl-violations") ?? "";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A Crossbar stand-in that records every request and answers a success envelope. */
async function crossbar() {
  const server = await startLocalServer((_req, res) =>
    json(res, 200, { status: "success", data: { account_id: ACCOUNT }, auth_token: "fresh-token" }),
  );
  closers.push(server.close);
  return { server, client: createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "my-token" }, retry: false }) };
}

describe("account search", () => {
  it("searches accounts by name prefix and pages through the results", async () => {
    const found: components["schemas"]["SearchResult"][] = [];
    for await (const account of kazoo.paginate("/search", { params: { query: { t: "account", q: "name", v: "nat" } } }))
      found.push(account);
    expect(found).toEqual([{ id: "4c004a584ca5fda8084a5bcb24430ab9", name: "Natoma Office", realm: "eb0dcc.sip.90e9.com" }]);
  });

  it("refuses a view that does not exist and a search of other document types without an account", async () => {
    // @ts-expect-error accounts are searched by name, realm or id (or an account's documents by number)
    const badView = await kazoo.GET("/search", { params: { query: { t: "account", q: "email", v: "nat" } } });
    expect(badView.status).toBeGreaterThanOrEqual(400);
    expect(violations(badView.response)).toContain("q");
    // @ts-expect-error only accounts can be searched without an account in the path
    const badType = await kazoo.GET("/search", { params: { query: { t: "user", q: "name", v: "j" } } });
    expect(badType.status).toBeGreaterThanOrEqual(400);
    expect(violations(badType.response)).toContain("t");
  });

  it("groups a multi search by view", async () => {
    const { status, data } = await kazoo.GET("/search/multi", { params: { query: { t: "account" } } });
    expect(status).toBe(200);
    expectTypeOf(data!).toEqualTypeOf<Record<string, components["schemas"]["SearchResult"][]>>();
    expect(Object.keys(data!).sort()).toEqual(["id", "name", "realm"]);
    expect(data!.name!.map((a) => a.name)).toEqual(["test_account", "test_account_2"]);
  });

  it("searches an account's users", async () => {
    const { status, data } = await kazoo.GET("/accounts/{account_id}/search", {
      params: { path: { account_id: ACCOUNT }, query: { t: "user", q: "name", v: "j" } },
    });
    expect(status).toBe(200);
    expect(data![0]).toMatchObject({ name: "John Doe" });
  });
});

describe("auth tokens", () => {
  it("describes a token without sending the client's own token", async () => {
    const { server, client } = await crossbar();
    await client.POST("/auth/tokeninfo", { body: { token: TOKEN } });
    await client.GET("/auth/tokeninfo", { params: { query: { token: TOKEN } } });
    expect(server.seen.map((r) => [r.method, r.path.split("?")[0], r.headers["x-auth-token"]])).toEqual([
      ["POST", "/v2/auth/tokeninfo", undefined],
      ["GET", "/v2/auth/tokeninfo", undefined],
    ]);
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ data: { token: TOKEN } });
  });

  it("sends the token with the SSO link calls, which act for the token's user", async () => {
    const { server, client } = await crossbar();
    await client.GET("/auth/links", {});
    await client.PUT("/auth/links/{link_id}", { params: { path: { link_id: "d6faaff6b054393f28356ab7b38ad1bf-116254222860442180295" } } });
    expect(server.seen.map((r) => r.headers["x-auth-token"])).toEqual(["my-token", "my-token"]);
  });

  it("refreshes the token with the action next to an empty data, not inside it", async () => {
    const { server, client } = await crossbar();
    const { envelope } = await client.PUT("/auth", { body: { action: "refresh_token", data: {} } });
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ action: "refresh_token", data: {} });
    expect(envelope).toMatchObject({ auth_token: "fresh-token" });
  });

  it("refuses an unknown action: a type error and a 400 from the mock", async () => {
    // @ts-expect-error not an action of PUT /auth
    const { status, response } = await kazoo.PUT("/auth", { body: { action: "logout", data: {} } });
    expect(status).toBe(400);
    expect(violations(response)).toContain("action");
  });

  it("answers the token info typed as a session", async () => {
    const { status, data } = await kazoo.GET("/auth/tokeninfo", { params: { query: { token: TOKEN } } });
    expect(status).toBe(200);
    expectTypeOf(data).toExtend<components["schemas"]["AuthSession"] | undefined>();
    expect(data).toMatchObject({ account_id: ACCOUNT, owner_id: "8e248327b85591955749e53ea45b6baa" });
  });
});

describe("single sign-on and signing keys", () => {
  it("refuses an SSO callback without the provider's code", async () => {
    const { status, response } = await kazoo.PUT("/auth/callback", {
      // @ts-expect-error code is required
      body: { provider: "google", client_id: "iamatestclientid.apps.googleusercontent.com", redirect_uri: "https://ui.example.com/" },
    });
    expect(status).toBe(400);
    expect(violations(response)).toContain("code");
  });

  it("logs in from an SSO callback", async () => {
    const { status, envelope } = await kazoo.PUT("/auth/callback", {
      body: {
        provider: "google",
        client_id: "iamatestclientid.apps.googleusercontent.com",
        code: "4/0AX4XfWh-sample-code",
        redirect_uri: "https://ui.example.com/",
      },
    });
    expect(status).toBe(201);
    expect(envelope?.auth_token).toBe(TOKEN);
  });

  it("gets a signing key as JSON, and as a PEM file through download()", async () => {
    const key = { params: { path: { key_id: "96247ed90b4bec8294c09ae6ece923a2" } } };
    const asJson = await kazoo.GET("/auth/keys/{key_id}", key);
    expect(asJson.data?.public_key_pem).toMatch(/^-----BEGIN RSA PUBLIC KEY-----/);
    const pem = await kazoo.download("/auth/keys/{key_id}", { ...key, accept: "application/x-pem-file" });
    expect(pem.status).toBe(200);
    expect(pem.data?.contentType).toMatch(/^application\/x-pem-file/);
  });

  it("lists the SSO providers page by page", async () => {
    const ids: string[] = [];
    for await (const provider of kazoo.paginate("/auth/providers", {})) ids.push(provider.id);
    expect(ids).toEqual(["salesforce", "office365", "google"]);
  });

  it("resets a user's signature secret with the action beside the data", async () => {
    const { status } = await kazoo.PUT("/accounts/{account_id}/users/{user_id}/auth", {
      params: { path: { account_id: ACCOUNT, user_id: "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9" } },
      body: { action: "reset_signature_secret", data: {} },
    });
    expect(status).toBe(201);
  });
});

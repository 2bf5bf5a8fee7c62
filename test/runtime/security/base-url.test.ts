// Base URLs as people write them (a trailing slash) and as they should not (a query, a fragment, a password),
// for the client and for one call; and query parameter names that would add parameters of their own.
import { createDubberClient } from "@apispec/dubber";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { describe, expect, it } from "vitest";
import { outcome, send, serve, textsOf } from "./hostile.js";

const PASSWORD = "pw-S3CR3T";

describe("a trailing slash on baseUrl", () => {
  it("gives Dubber's token URL and API paths one slash", async () => {
    const server = await serve((req, res) =>
      send(res, 200, req.path === "/v1/token" ? JSON.stringify({ access_token: "t", expires_in: 3600 }) : "{}"),
    );
    const client = createDubberClient({
      baseUrl: `${server.url}/v1/`,
      clientId: "i",
      clientSecret: "s",
      username: "u",
      password: "p",
      retry: false,
    });
    expect((await client.GET("/profile")).status).toBe(200);
    expect(server.seen.map((r) => r.path)).toEqual(["/v1/token", "/v1/profile"]);
  });

  it("gives Kazoo's login URL and API paths one slash", async () => {
    const server = await serve((req, res) =>
      req.path === "/v2/api_auth" ? send(res, 201, JSON.stringify({ auth_token: "t", data: {} })) : send(res, 200, '{"data":{"id":"a"}}'),
    );
    const client = createKazooClient({ baseUrl: `${server.url}/v2//`, credentials: { apiKey: "k" }, retry: false });
    expect((await client.GET("/accounts/{account_id}", { params: { path: { account_id: "a" } } })).status).toBe(200);
    expect(server.seen.map((r) => r.path)).toEqual(["/v2/api_auth", "/v2/accounts/a"]);
  });
});

describe("a baseUrl that would mangle every URL", () => {
  it.for([
    ["a query", "https://api.example.com/v1?tenant=acme"],
    ["an empty query", "https://api.example.com/v1?"],
    ["a fragment", "https://api.example.com/v1#top"],
  ] as const)("with %s is refused", ([, baseUrl]) => {
    expect(() => createDubformerClient({ baseUrl, apiKey: "k" })).toThrow("baseUrl must not have a query or fragment");
  });

  it.for([
    ["user info", `https://admin:${PASSWORD}@api.example.com/v1`],
    ["user info and no valid host", `https://admin:${PASSWORD}@exa mple.com`],
  ] as const)("with %s is refused, without the password in the error", ([, baseUrl]) => {
    let error: unknown;
    try {
      createKazooClient({ baseUrl, credentials: { authToken: "t" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(textsOf(error)).not.toContain(PASSWORD);
  });
});

describe("a per-call baseUrl", () => {
  it("is checked like the client's: refused with a clear error, the password left out, nothing sent", async () => {
    const server = await serve((_, res) => send(res, 200, "{}"));
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry: false });
    const withPassword = await outcome(client.GET("/api/v1/balance", { baseUrl: `http://admin:${PASSWORD}@127.0.0.1:1` }));
    expect(withPassword.error).toBeInstanceOf(TypeError);
    expect((withPassword.error as Error).message).toBe("baseUrl must not contain credentials; pass them as client options");
    expect(textsOf(withPassword.error)).not.toContain(PASSWORD);
    await expect(client.GET("/api/v1/balance", { baseUrl: `${server.url}?x=1` })).rejects.toThrow(
      "baseUrl must not have a query or fragment",
    );
    await expect(client.GET("/api/v1/balance", { baseUrl: "ftp://127.0.0.1" })).rejects.toThrow("baseUrl must be an absolute http(s) URL");
    expect(server.seen).toHaveLength(0);
  });

  it("is used, with its trailing slash normalised", async () => {
    const server = await serve((_, res) => send(res, 200, "{}"));
    const client = createDubformerClient({ baseUrl: "http://127.0.0.1:1", apiKey: "k", retry: false });
    expect((await client.GET("/api/v1/balance", { baseUrl: `${server.url}/prefix/` })).status).toBe(200);
    expect(server.seen.map((r) => r.path)).toEqual(["/prefix/api/v1/balance"]);
  });
});

describe("query parameter names", () => {
  it("are percent-encoded, so a dynamic filter name cannot add a parameter", async () => {
    const server = await serve((_, res) => send(res, 200, '{"data":[]}'));
    const client = createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "t" }, retry: false });
    await client.GET("/accounts/{account_id}/children", {
      params: { path: { account_id: "a" }, query: { filters: { "filter_name&admin=true": "x y", filter_tier: "gold" } } },
    });
    // However the object is spread into names (its style), each name stays one name.
    const query = [...new URL(server.seen[0]!.path, "http://x").searchParams];
    expect(query).toHaveLength(2);
    expect(query.find(([name]) => name.includes("filter_name&admin=true"))?.[1]).toBe("x y");
    expect(query.find(([name]) => name.includes("filter_tier"))?.[1]).toBe("gold");
    expect(query.some(([name]) => name === "admin")).toBe(false);
  });

  it("are encoded at the top level too, for untyped callers", async () => {
    const server = await serve((_, res) => send(res, 200, "{}"));
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry: false });
    await client.GET("/api/v1/balance", { params: { query: { "a#b&c=d": "1" } } } as never);
    expect(server.seen[0]!.path).toBe("/api/v1/balance?a%23b%26c%3Dd=1");
  });
});

// Dubber's OAuth 2 password grant, through the generated client, against a local token + API server.
import { ApiAuthError, createDubberClient } from "@apispec/dubber";
import { afterEach, describe, expect, it } from "vitest";
import { json, type SeenRequest, startLocalServer } from "../support/local-server.js";

const credentials = { clientId: "mashery-key", clientSecret: "MASHERY-SECRET-9f8e", username: "auth-id", password: "AUTH-TOKEN-SECRET-77" };
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A Dubber stand-in: POST /token issues tok-1, tok-2, …; other paths need a currently valid token. */
async function dubber(options: { expiresIn?: number; refreshRefused?: boolean; tokenStatus?: number } = {}) {
  let issued = 0;
  const valid = new Set<string>();
  const server = await startLocalServer((req, res) => {
    if (req.path === "/token") {
      const form = new URLSearchParams(req.body);
      if (options.tokenStatus)
        return json(res, options.tokenStatus, { error: "invalid_client", error_description: "Bad client credentials" });
      if (form.get("grant_type") === "refresh_token" && options.refreshRefused)
        return json(res, 400, { error: "invalid_grant", error_description: "refresh token expired" });
      const token = `tok-${++issued}`;
      valid.add(token);
      return json(res, 200, {
        access_token: token,
        token_type: "bearer",
        expires_in: options.expiresIn ?? 86_400,
        refresh_token: `ref-${issued}`,
      });
    }
    const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (!valid.has(token)) return json(res, 401, { status: 401, message: "Invalid or expired token", code: 1000 });
    json(res, 200, { id: "user-1", first_name: "Ada" });
  });
  servers.push(server);
  const tokenRequests = () => server.seen.filter((r) => r.path === "/token");
  const form = (r: SeenRequest) => Object.fromEntries(new URLSearchParams(r.body));
  return { server, valid, tokenRequests, form, client: createDubberClient({ ...credentials, baseUrl: server.url, retry: false }) };
}

describe("Dubber token flow", () => {
  it("sends the documented form-encoded password grant", async () => {
    const { client, tokenRequests, form } = await dubber();
    expect((await client.GET("/profile")).status).toBe(200);
    const [request] = tokenRequests();
    expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(form(request!)).toEqual({
      grant_type: "password",
      username: "auth-id",
      password: "AUTH-TOKEN-SECRET-77",
      client_id: "mashery-key",
      client_secret: "MASHERY-SECRET-9f8e",
    });
  });

  it("reuses the cached token across calls", async () => {
    const { client, tokenRequests, server } = await dubber();
    for (let i = 0; i < 5; i++) expect((await client.GET("/profile")).status).toBe(200);
    expect(tokenRequests()).toHaveLength(1);
    expect(server.seen.filter((r) => r.path === "/profile").every((r) => r.headers.authorization === "Bearer tok-1")).toBe(true);
  });

  it("makes one token request for 100 concurrent calls on a cold client", async () => {
    const { client, tokenRequests } = await dubber();
    const results = await Promise.all(Array.from({ length: 100 }, () => client.GET("/profile")));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
  });

  it("renews an expiring token with the refresh token before using the password again", async () => {
    const { client, tokenRequests, form } = await dubber({ expiresIn: 2 });
    await client.GET("/profile");
    // A 2 s token is renewed after half its lifetime.
    await new Promise((r) => setTimeout(r, 1_200));
    await client.GET("/profile");
    expect(tokenRequests().map((r) => form(r).grant_type)).toEqual(["password", "refresh_token"]);
    expect(form(tokenRequests()[1]!).refresh_token).toBe("ref-1");
  });

  it("falls back to the password grant when the refresh token is refused", async () => {
    const { client, tokenRequests, form, valid } = await dubber({ refreshRefused: true });
    await client.GET("/profile");
    valid.clear();
    expect((await client.GET("/profile")).status).toBe(200);
    expect(tokenRequests().map((r) => form(r).grant_type)).toEqual(["password", "refresh_token", "password"]);
  });

  it("gets one new token when concurrent calls meet a revoked token, and retries them once", async () => {
    const { client, tokenRequests, valid } = await dubber();
    await client.GET("/profile");
    valid.clear();
    const results = await Promise.all(Array.from({ length: 20 }, () => client.GET("/profile")));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(tokenRequests()).toHaveLength(2);
  });

  it("returns the 401 when even a fresh token is refused, without looping", async () => {
    // Tokens are issued but never accepted.
    const never = await startLocalServer((req, res) =>
      req.path === "/token"
        ? json(res, 200, { access_token: "t", token_type: "bearer", expires_in: 3600 })
        : json(res, 401, { status: 401, message: "no" }),
    );
    servers.push(never);
    const stubborn = createDubberClient({ ...credentials, baseUrl: never.url, retry: false });
    const { status, error } = await stubborn.GET("/profile");
    expect(status).toBe(401);
    expect(error).toMatchObject({ message: "no" });
    expect(never.seen.map((r) => r.path)).toEqual(["/token", "/profile", "/token", "/profile"]);
  });

  it("throws ApiAuthError with the server's reason and no credentials when the token is refused", async () => {
    const { client } = await dubber({ tokenStatus: 401 });
    const error = await client.GET("/profile").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect(error).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect((error as Error).message).toMatch(
      /token request POST http:\/\/127\.0\.0\.1:\d+\/token was refused with 401: invalid_client: Bad client credentials/,
    );
    const text = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`;
    for (const secret of [credentials.clientSecret, credentials.password]) expect(text).not.toContain(secret);
  });

  it("redacts the credentials when a token endpoint echoes the request in its error", async () => {
    const echo = await startLocalServer((req, res) =>
      json(res, 400, { error: "invalid_request", error_description: `bad request: ${req.body}` }),
    );
    servers.push(echo);
    const client = createDubberClient({ ...credentials, baseUrl: echo.url, retry: false });
    const error = await client.GET("/profile").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as Error).message).toContain("password=[redacted]");
    const text = `${(error as Error).message} ${JSON.stringify(error)}`;
    for (const secret of [credentials.clientSecret, credentials.password]) expect(text).not.toContain(secret);
  });

  it("refuses missing credentials and unknown regions before any request", () => {
    expect(() => createDubberClient({ ...credentials, password: "" })).toThrow(
      "createDubberClient: password (or DUBBER_PASSWORD) is required",
    );
    // @ts-expect-error region is a closed set
    expect(() => createDubberClient({ ...credentials, region: "mars" })).toThrow(
      'region must be one of sandbox, au, us, uk, uk1; got "mars"',
    );
  });
});

// Credentials that cannot go into a header: refused up front with an error that names the option, never the
// value; and a token endpoint that issues such a token is refused and not cached.
import { createDotsubClient } from "@apispec/dotsub";
import { ApiAuthError, createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { createVoxboneClient } from "@apispec/voxbone";
import { describe, expect, it } from "vitest";
import { expectNoSecret, MARK, outcome, send, serve, textsOf } from "./hostile.js";

const BAD = { CR: `${MARK}\rx`, LF: `${MARK}\nx`, NUL: `${MARK}\0x`, "CR LF": `${MARK}\r\nInjected: yes` };
const base = "http://127.0.0.1:1";

/** What the constructor threw, checked for the secret. */
function thrown(create: () => unknown): unknown {
  try {
    create();
  } catch (error) {
    expectNoSecret(error);
    return error;
  }
  throw new Error("expected the constructor to throw");
}

describe.each(Object.entries(BAD))("a credential containing %s", (_, secret) => {
  it("is refused as a Dubformer apiKey, naming the option", () => {
    const error = thrown(() => createDubformerClient({ baseUrl: base, apiKey: secret }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      "createDubformerClient: apiKey (or DUBFORMER_API_KEY) must not contain CR, LF, NUL or characters beyond U+00FF",
    );
  });

  it("is refused as a Kazoo authToken, naming the option", () => {
    const error = thrown(() => createKazooClient({ baseUrl: base, credentials: { authToken: secret } }));
    expect((error as Error).message).toBe(
      "createKazooClient: credentials.authToken must not contain CR, LF, NUL or characters beyond U+00FF",
    );
  });

  it("is refused in a default header, naming the header", () => {
    const error = thrown(() => createVoxboneClient({ baseUrl: base, headers: { "X-Api-Key": secret } }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('headers["X-Api-Key"] must not contain CR, LF, NUL or characters beyond U+00FF');
  });

  it("in a header of one call fails that call without the value in the error", async () => {
    const server = await serve((_, res) => send(res, 200, "{}"));
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k" });
    const { error } = await outcome(client.GET("/api/v1/balance", { headers: { "X-Extra": secret } }));
    expect(error).toBeInstanceOf(TypeError);
    expect(textsOf(error)).not.toContain(MARK);
    expect((error as Error).message).toMatch(
      /^GET \/api\/v1\/balance: a request header has a value with CR, LF, NUL or characters beyond U\+00FF \(not shown\)$/,
    );
    expect(server.seen).toHaveLength(0);
  });
});

describe("a token endpoint that issues a token no header can carry", () => {
  it.for([
    ["a line break", `tok-${MARK}\r\nX-Injected: 1`],
    ["a NUL", `tok-${MARK}\0`],
    ["a character beyond U+00FF", `tok-${MARK}-€`],
  ])("with %s: ApiAuthError without the token, nothing cached, the next call asks again", async ([, token]) => {
    let tokens = 0;
    const server = await serve((req, res) => {
      if (req.path !== "/oauth/token") return send(res, 200, "{}");
      send(res, 200, JSON.stringify({ access_token: tokens++ === 0 ? token : "good", expires_in: 3600 }));
    });
    const client = createDotsubClient({
      baseUrl: server.url,
      tokenUrl: `${server.url}/oauth/token`,
      clientId: "id",
      clientSecret: "secret",
      retry: false,
    });
    const get = () => client.GET("/api/media/{mediaId}", { params: { path: { mediaId: "m" } } });
    const { error } = await outcome(get());
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as Error).message).toBe(
      "the token endpoint issued a token with CR, LF, NUL or characters beyond U+00FF, which no header can carry",
    );
    expectNoSecret(error);
    expect((await get()).status).toBe(200);
    expect(server.seen.map((r) => r.path)).toEqual(["/oauth/token", "/oauth/token", "/api/media/m"]);
  });

  it("from a Kazoo login: the same, and the login is tried again", async () => {
    let logins = 0;
    const server = await serve((req, res) => {
      if (req.path !== "/v2/api_auth") return send(res, 200, '{"data":{}}');
      send(res, 201, JSON.stringify({ auth_token: logins++ === 0 ? `tok-${MARK}\n` : "good", data: {} }));
    });
    const client = createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { apiKey: "key" }, retry: false });
    const get = () => client.GET("/accounts/{account_id}", { params: { path: { account_id: "a" } } });
    const { error } = await outcome(get());
    expect(error).toBeInstanceOf(ApiAuthError);
    expectNoSecret(error);
    expect((await get()).status).toBe(200);
    expect(logins).toBe(2);
  });
});

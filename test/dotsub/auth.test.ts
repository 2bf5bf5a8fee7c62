// Dotsub's OAuth 2 client-credentials flow (JSON body with audience), through the generated client,
// against a local token server and API.
import { ApiAuthError, createDotsubClient } from "@apispec/dotsub";
import { afterEach, describe, expect, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

const SECRET = "dotsub-CLIENT-secret-5150";
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const emptyPage = {
  content: [],
  last: true,
  first: true,
  totalElements: 0,
  totalPages: 0,
  size: 20,
  number: 0,
  numberOfElements: 0,
  empty: true,
};

async function videotms(options: { expiresIn?: number; refuse?: boolean } = {}) {
  let issued = 0;
  const valid = new Set<string>();
  const server = await startLocalServer((req, res) => {
    if (req.path === "/oauth/token") {
      if (options.refuse) return json(res, 401, { error: "access_denied", error_description: "Unauthorized" });
      const token = `jwt-${++issued}`;
      valid.add(token);
      return json(res, 200, { access_token: token, token_type: "Bearer", expires_in: options.expiresIn ?? 86_400 });
    }
    if (!valid.has(req.headers.authorization?.replace("Bearer ", "") ?? ""))
      return json(res, 401, {
        timestamp: "2019-05-31T10:59:22Z",
        status: 401,
        error: "Unauthorized",
        message: "Unauthorized",
        path: req.path,
      });
    json(res, 200, emptyPage);
  });
  servers.push(server);
  const client = (extra: object = {}) =>
    createDotsubClient({
      baseUrl: server.url,
      tokenUrl: `${server.url}/oauth/token`,
      clientId: "client-1",
      clientSecret: SECRET,
      retry: false,
      ...extra,
    });
  return { server, valid, client, tokenRequests: () => server.seen.filter((r) => r.path === "/oauth/token") };
}

describe("Dotsub token flow", () => {
  it("requests the token with the documented JSON body, including the default audience", async () => {
    const { client, tokenRequests } = await videotms();
    expect((await client().GET("/api/media")).status).toBe(200);
    const [request] = tokenRequests();
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({
      grant_type: "client_credentials",
      client_id: "client-1",
      client_secret: SECRET,
      audience: "https://videotms.com/api/v3/",
    });
  });

  it("sends a custom audience when given", async () => {
    const { client, tokenRequests } = await videotms();
    await client({ audience: "https://staging.videotms.com/api/v3/" }).GET("/api/media");
    expect(JSON.parse(tokenRequests()[0]!.body).audience).toBe("https://staging.videotms.com/api/v3/");
  });

  it("makes exactly one token request for 100 concurrent calls on a cold client, then reuses it", async () => {
    const { client, tokenRequests } = await videotms();
    const dotsub = client();
    const results = await Promise.all(Array.from({ length: 100 }, () => dotsub.GET("/api/media")));
    expect(results.every((r) => r.status === 200)).toBe(true);
    await dotsub.GET("/api/tasks");
    expect(tokenRequests()).toHaveLength(1);
  });

  it("fetches a new token once the cached one is about to expire", async () => {
    const { client, tokenRequests } = await videotms({ expiresIn: 2 });
    const dotsub = client();
    await dotsub.GET("/api/media");
    await new Promise((r) => setTimeout(r, 1_200));
    await dotsub.GET("/api/media");
    expect(tokenRequests()).toHaveLength(2);
  });

  it("fetches a new token once when the API answers 401, then retries the call", async () => {
    const { client, tokenRequests, valid, server } = await videotms();
    const dotsub = client();
    await dotsub.GET("/api/media");
    valid.clear();
    expect((await dotsub.GET("/api/media")).status).toBe(200);
    expect(tokenRequests()).toHaveLength(2);
    expect(server.seen.filter((r) => r.path === "/api/media").map((r) => r.headers.authorization)).toEqual([
      "Bearer jwt-1",
      "Bearer jwt-1",
      "Bearer jwt-2",
    ]);
  });

  it("reports a refused token request with the server's reason and without the secret", async () => {
    const { client } = await videotms({ refuse: true });
    const error = await client()
      .GET("/api/media")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiAuthError);
    expect((error as Error).message).toMatch(/refused with 401: access_denied: Unauthorized$/);
    expect(`${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`).not.toContain(SECRET);
  });

  it("refuses missing credentials before any request", () => {
    expect(() => createDotsubClient({ clientId: "x", clientSecret: "" })).toThrow(
      "createDotsubClient: clientSecret (or DOTSUB_CLIENT_SECRET) is required",
    );
  });
});

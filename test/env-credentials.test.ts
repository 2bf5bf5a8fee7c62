// Every generated client, created with no options at all, takes its base URL and credentials from the documented
// environment variables (`<API>_<OPTION>`, e.g. DOTSUB_CLIENT_ID), and sends what the same client sends when
// given them as options; without them, the error names the variables.
import { createDubberClient } from "@apispec/dubber";
import { createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, it } from "vitest";
import type { AnyClient } from "./support/fixture.js";
import { fixtureEnv } from "./support/fixture-env.js";
import { loadFixtures } from "./support/fixtures.js";
import { json, type SeenRequest, startLocalServer } from "./support/local-server.js";

const fixtures = await loadFixtures();

const set: string[] = [];
function setEnv(name: string, value: string) {
  set.push(name);
  process.env[name] = value;
}
afterEach(() => {
  for (const name of set.splice(0)) delete process.env[name];
});

/** What a server saw of the fixture's read call made by `client` (token requests included). */
async function seenBy(makeClient: (baseUrl: string) => AnyClient, fixture: (typeof fixtures)[number]) {
  const seen: SeenRequest[] = [];
  const server = await startLocalServer((req, res) => {
    seen.push(req);
    if (fixture.tokenPath && req.path.endsWith(fixture.tokenPath))
      return json(res, 200, { access_token: "issued-token", token_type: "bearer", expires_in: 3600 });
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(fixture.wrap("{}"));
  });
  try {
    const client = makeClient(`${server.url}${fixture.basePath}`);
    await client[fixture.read.method](fixture.read.path, fixture.read.init);
    return seen.map(({ method, path, headers }) => ({
      method,
      path,
      authorization: headers.authorization,
      token: headers["x-auth-token"],
    }));
  } finally {
    await server.close();
  }
}

describe.each(fixtures)("$name from the environment", (fixture) => {
  it("sends what it sends when given the same values as options", async () => {
    const byOptions = await seenBy((baseUrl) => fixture.connect(baseUrl), fixture);
    const fromEnv = await seenBy((baseUrl) => {
      for (const [name, value] of Object.entries(fixtureEnv(fixture, baseUrl))) setEnv(name, value);
      const { headers } = fixture.options(baseUrl);
      return (fixture.factory as (options?: object) => AnyClient)(headers ? { headers } : undefined);
    }, fixture);
    expect(set.length).toBeGreaterThan(0);
    expect(fromEnv).toEqual(byOptions);
    expect(fromEnv.length).toBeGreaterThan(0);
  });
});

describe("without credentials", () => {
  it("names the environment variables a client would have read", () => {
    expect(() => createDubberClient({ clientId: "id", clientSecret: "secret", username: "user" })).toThrow(
      "createDubberClient: password (or DUBBER_PASSWORD) is required and must be a non-empty string",
    );
    expect(() => createKazooClient({ baseUrl: "http://127.0.0.1:1/v2" })).toThrow(
      "createKazooClient: credentials must be { username, password, accountName } or { apiKey } or { authToken }, or come from the environment: " +
        "KAZOO_USERNAME + KAZOO_PASSWORD + KAZOO_ACCOUNT_NAME, or KAZOO_API_KEY, or KAZOO_AUTH_TOKEN",
    );
  });

  it("reads a login's variables only when all of them are set", async () => {
    setEnv("KAZOO_USERNAME", "user");
    setEnv("KAZOO_API_KEY", "key");
    const seen: SeenRequest[] = [];
    const server = await startLocalServer((req, res) => {
      seen.push(req);
      json(res, 201, { status: "success", auth_token: "issued", data: { account_id: "a", owner_id: "o" } });
    });
    try {
      await createKazooClient({ baseUrl: `${server.url}/v2` }).GET("/token_auth");
      expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(["PUT /v2/api_auth", "GET /v2/token_auth"]);
    } finally {
      await server.close();
    }
  });
});

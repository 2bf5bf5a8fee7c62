// A token or login request that stalls (no answer, or a body that trickles forever) while garbage collection
// runs: it is aborted within its timeout, the shared pending token is cleared, and the next call succeeds.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ApiAuthError, ApiTimeoutError } from "@apispec/runtime";
import { createApiClient, oauth2ClientCredentials } from "@apispec/runtime/internal";
import { describe, expect, it } from "vitest";
import { type ClientCase, clientCases, expectNoSecret, outcome, send, serve } from "./hostile.js";

// What `node --expose-gc` gives, inside this test worker.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Long enough for the token request to reach the server before the call gives up, on a busy machine too. */
const TIMEOUT_MS = 1_000;
const tokenClients = clientCases.filter(
  (c): c is ClientCase & Required<Pick<ClientCase, "tokenPath" | "issue">> => c.tokenPath !== undefined,
);

type Stall = "no answer" | "a trickling body";
/** Answers the first token request with `stall`, every later one with a token, and the API with a document. */
async function stallingOnce(client: (typeof tokenClients)[number], stall: Stall) {
  let tokens = 0;
  const server = await serve((req, res) => {
    if (req.path !== client.tokenPath) return send(res, 200, client.wrap('{"id":"x"}'));
    if (tokens++ > 0) return client.issue(res);
    if (stall === "no answer") return;
    res.writeHead(200, { "Content-Type": "application/json" });
    const timer = setInterval(() => res.write(" "), 20);
    res.on("close", () => clearInterval(timer));
  });
  return { server, firstToken: () => server.closed(client.tokenPath) };
}

/** Collects garbage a few times while `promise` is pending. */
async function collectingGarbage<T>(promise: Promise<T>): Promise<T> {
  const timer = setInterval(gc, 25);
  try {
    return await promise;
  } finally {
    clearInterval(timer);
  }
}

describe.each(tokenClients.map((c) => [c.name, c] as const))("%s, whose first token request stalls", (_, client) => {
  it.for(["no answer", "a trickling body"] as const)(
    "with %s: the call fails within its timeout, the token request is aborted, the next call succeeds",
    async (stall) => {
      const { server, firstToken } = await stallingOnce(client, stall);
      const connected = client.connect(server.url, { timeoutMs: TIMEOUT_MS, retry: false });
      const started = Date.now();
      const first = await collectingGarbage(outcome(connected.get()));
      expect(first.error).toBeInstanceOf(ApiTimeoutError);
      expect((first.error as Error).message).toContain("while obtaining credentials");
      expectNoSecret(first.error);
      // The stalled request itself was aborted, garbage collection notwithstanding: nothing is left waiting on it.
      await collectingGarbage(firstToken());
      const second = await connected.get();
      expect(second.status).toBe(200);
      console.log(
        `${client.name}, ${stall}: recovered ${((Date.now() - started) / 1000).toFixed(2)} s after the stall began (timeoutMs ${TIMEOUT_MS})`,
      );
    },
  );
});

describe("a shared token request that outlives its own limit", () => {
  it.for(["no answer", "a trickling body"] as const)(
    "with %s: fails every waiter with ApiAuthError at the token timeout, though the calls would wait longer",
    async (stall) => {
      const dotsub = tokenClients.find((c) => c.tokenPath === "/oauth/token")!;
      const { server, firstToken } = await stallingOnce(dotsub, stall);
      const auth = oauth2ClientCredentials({
        tokenUrl: `${server.url}/oauth/token`,
        clientId: "id",
        clientSecret: "S3CR3T-secret",
        encoding: "json",
        timeoutMs: TIMEOUT_MS,
      });
      const client = createApiClient<any>({
        baseUrl: server.url,
        auth,
        operations: { defaults: {}, paths: {} },
        timeoutMs: 60_000,
        retry: false,
      });
      const waiting = Array.from({ length: 3 }, () => outcome(client.GET("/api/media/m-1")));
      const failed = await collectingGarbage(Promise.all(waiting));
      for (const { error } of failed) {
        expect(error).toBeInstanceOf(ApiAuthError);
        expect((error as Error).message).toMatch(/^token request POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token timed out$/);
        expectNoSecret(error);
      }
      await collectingGarbage(firstToken());
      expect((await client.GET("/api/media/m-1")).status).toBe(200);
      expect(server.seen.filter((r) => r.path === "/oauth/token")).toHaveLength(2);
    },
  );

  it("refuses a token timeout a timer cannot hold", () => {
    const options = { tokenUrl: "http://127.0.0.1:1/token", clientId: "id", clientSecret: "s", encoding: "json" as const };
    expect(() => oauth2ClientCredentials({ ...options, timeoutMs: 2 ** 31 })).toThrow(
      "timeoutMs must be a positive number of milliseconds up to 2147483647, got 2147483648",
    );
    expect(() => oauth2ClientCredentials({ ...options, timeoutMs: 0 })).toThrow("timeoutMs must be a positive number");
  });
});

// Fault injection against every generated client: the same scripted server faults (stalls, dropped
// connections, Retry-After, 503 bursts, bad and huge bodies, non-idempotent requests) through each
// client, against a local server on 127.0.0.1, with each API's read and write from its fixture
// (test/<api>/fixture.ts). test/runtime/ covers the remaining options of one client in more depth.
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { ApiAuthError, ApiConnectionError, ApiResponseError, ApiTimeoutError, type PerRequestOptions } from "@apispec/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { type ApiFixture, send as call, type Result, sentPath } from "./support/fixture.js";
import { loadFixtures } from "./support/fixtures.js";
import { json, type SeenRequest, startLocalServer } from "./support/local-server.js";
import { type Json, takesIdempotencyKey } from "./support/spec.js";

const RETRY = { maxRetries: 2, initialDelayMs: 5, maxDelayMs: 20 };
const TIMEOUT_MS = 150;
/** Upper limit for any one test: a call that hangs fails the test instead of the run. */
const BOUND = 8_000;
/** Date.now() and Node's timer clock may disagree by a millisecond or two. */
const CLOCK_SLACK_MS = 5;
const ISSUED_TOKEN = "tok-S3CR3T-issued";
const REFRESH_TOKEN = "ref-S3CR3T";

interface Calls {
  /** The API's representative GET. */
  get(init?: PerRequestOptions): Promise<Result>;
  /** Its POST: one without an Idempotency-Key in the spec, or (Dubformer) one with a key. */
  create(init?: PerRequestOptions): Promise<Result>;
}
interface ApiCase {
  name: string;
  fixture: ApiFixture;
  /** Path the server sees for `get` and `create`. */
  getPath: string;
  createPath: string;
  /** Token endpoint on the same server, answered with ISSUED_TOKEN unless a test says otherwise. */
  tokenPath?: string;
  /** The spec gives the POST an Idempotency-Key, so the client adds one. */
  idempotencyKey: boolean;
  /** What no error may contain: the fixture's credentials and the tokens the server issues. */
  secrets: string[];
  connect(serverUrl: string, options: PerRequestOptions): Calls;
}

const options = { timeoutMs: TIMEOUT_MS, retry: RETRY };

const apis: ApiCase[] = (await loadFixtures()).map((fixture) => {
  const spec: Json = JSON.parse(readFileSync(listApis().find((api) => api.name === fixture.name)!.bundlePath, "utf8"));
  return {
    name: fixture.name,
    fixture,
    getPath: sentPath(fixture, fixture.read),
    createPath: sentPath(fixture, fixture.write),
    tokenPath: fixture.tokenPath && `${fixture.basePath}${fixture.tokenPath}`,
    idempotencyKey: takesIdempotencyKey(spec, fixture.write.method, fixture.write.path),
    secrets: [...fixture.credentials, ISSUED_TOKEN, REFRESH_TOKEN],
    connect(serverUrl, extra) {
      const client = fixture.connect(`${serverUrl}${fixture.basePath}`, extra);
      return {
        get: (init) => call(client, fixture.read, init),
        create: (init) => call(client, fixture.write, init),
      };
    },
  };
});

// Servers per test (two Retry-After tests run concurrently), closed after that test.
const servers = new Map<string, { close(): Promise<void> }[]>();
afterEach(async ({ task }) => {
  await Promise.all((servers.get(task.id) ?? []).map((s) => s.close()));
  servers.delete(task.id);
});

/** `index` counts the API's requests only, not token requests. */
type ApiHandler = (req: SeenRequest, res: ServerResponse, index: number) => void;

async function start(api: ApiCase, task: { id: string }, handler: ApiHandler, tokenHandler?: ApiHandler) {
  let index = 0;
  let tokens = 0;
  const server = await startLocalServer((req, res) => {
    if (req.path === api.tokenPath) {
      if (tokenHandler) return tokenHandler(req, res, tokens++);
      return json(res, 200, { access_token: ISSUED_TOKEN, token_type: "bearer", expires_in: 86_400, refresh_token: REFRESH_TOKEN });
    }
    handler(req, res, index++);
  });
  servers.set(task.id, [...(servers.get(task.id) ?? []), server]);
  return {
    server,
    calls: api.connect(server.url, options),
    /** The API requests the server received (token requests left out). */
    requests: () => server.seen.filter((r) => r.path !== api.tokenPath),
  };
}

function expectNoSecret(api: ApiCase, error: unknown) {
  const texts: string[] = [inspect(error, { depth: 8 })];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    if (current instanceof Error) texts.push(current.message, current.stack ?? "");
    texts.push(String(current));
    try {
      texts.push(JSON.stringify(current) ?? "");
    } catch {
      // not serialisable: inspect() above already covers it
    }
    current = (current as { cause?: unknown } | null)?.cause;
  }
  const text = texts.join("\n");
  for (const secret of api.secrets) expect(text).not.toContain(secret);
}

/** The call's rejection, checked for credentials; fails when the call resolves. */
async function rejection(api: ApiCase, pending: Promise<unknown>): Promise<unknown> {
  const outcome = await pending.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`expected a rejection, got ${inspect(outcome.value).slice(0, 300)}`);
  expectNoSecret(api, outcome.error);
  return outcome.error;
}

const stall: ApiHandler = () => {
  /* never answers */
};
const ok =
  (api: ApiCase, document: unknown): ApiHandler =>
  (_, res) =>
    send(res, 200, api.fixture.wrap(JSON.stringify(document)));
const busy = { message: "busy" };

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** Headers, a Content-Length and the first bytes of the JSON body, then the socket is destroyed. */
const dropMidBody =
  (api: ApiCase): ApiHandler =>
  (_, res) => {
    const body = api.fixture.wrap(JSON.stringify({ id: "x", name: "y".repeat(200) }));
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) });
    res.write(body.slice(0, 30), () => res.socket?.destroy());
  };

let largeArray: string | undefined;
const LARGE_ITEMS = 200_000;
/** About 20 MB of valid JSON: an array of LARGE_ITEMS objects. */
function large(): string {
  const item = (i: number) => `{"i":${i},"s":"${"abcdefghij".repeat(8)}"}`;
  return (largeArray ??= `[${Array.from({ length: LARGE_ITEMS }, (_, i) => item(i)).join(",")}]`);
}

describe.each(apis)("$name client", (api) => {
  const url = (server: { url: string }, path: string) => `${server.url}${path}`;

  describe("a server that never answers", () => {
    it(
      "throws ApiTimeoutError after maxRetries + 1 timed-out attempts",
      async ({ task }) => {
        const { server, calls, requests } = await start(api, task, stall);
        const started = Date.now();
        const error = await rejection(api, calls.get());
        expect(error).toBeInstanceOf(ApiTimeoutError);
        expect(error).toMatchObject({
          method: "GET",
          url: url(server, api.getPath),
          attempts: RETRY.maxRetries + 1,
          timeoutMs: TIMEOUT_MS,
        });
        expect((error as Error).message).toBe(
          `GET ${url(server, api.getPath)} timed out after ${TIMEOUT_MS} ms (${RETRY.maxRetries + 1} attempts)`,
        );
        expect(Date.now() - started).toBeGreaterThanOrEqual((RETRY.maxRetries + 1) * TIMEOUT_MS - CLOCK_SLACK_MS);
        expect(requests()).toHaveLength(RETRY.maxRetries + 1);
        expect(requests().every((r) => r.path === api.getPath)).toBe(true);
        // The credential was sent, so its absence from the error means something.
        expect(requests().every((r) => api.secrets.some((secret) => JSON.stringify(r.headers).includes(secret)))).toBe(true);
      },
      BOUND,
    );
  });

  describe("a connection dropped in the middle of the body", () => {
    it(
      "rejects without hanging and without the credential",
      async ({ task }) => {
        const { calls, requests } = await start(api, task, dropMidBody(api));
        const error = await rejection(api, calls.get());
        expect(error).toBeInstanceOf(Error);
        expect(requests().length).toBeGreaterThanOrEqual(1);
      },
      BOUND,
    );

    // undici reports this as a bare `TypeError: terminated`; the client names the method, URL and cause.
    it(
      "rejects with an ApiConnectionError naming the method and URL",
      async ({ task }) => {
        const { server, calls } = await start(api, task, dropMidBody(api));
        const error = await rejection(api, calls.get());
        expect(error).toBeInstanceOf(ApiConnectionError);
        expect((error as Error).message).toContain(`GET ${url(server, api.getPath)}`);
      },
      BOUND,
    );
  });

  describe("Retry-After", () => {
    it.concurrent(
      "waits at least the seconds a 429 asks for, then succeeds",
      async ({ task, expect }) => {
        const { calls, requests } = await start(api, task, (req, res, i) =>
          i === 0 ? send(res, 429, JSON.stringify({ message: "slow down" }), { "Retry-After": "1" }) : ok(api, { id: "x" })(req, res, i),
        );
        const { data, status } = await calls.get();
        expect(status).toBe(200);
        expect(data).toEqual({ id: "x" });
        const [first, second] = requests();
        expect(requests()).toHaveLength(2);
        expect(second!.at - first!.at).toBeGreaterThanOrEqual(1_000 - CLOCK_SLACK_MS);
      },
      BOUND,
    );

    it.concurrent(
      "waits until the HTTP date a 503 names, then succeeds",
      async ({ task, expect }) => {
        let notBefore = 0;
        const { calls, requests } = await start(api, task, (req, res, i) => {
          if (i > 0) return ok(api, { id: "x" })(req, res, i);
          // HTTP dates have one-second resolution: this names a moment 1 to 2 s ahead.
          const date = new Date(Date.now() + 2_000).toUTCString();
          notBefore = Date.parse(date);
          send(res, 503, JSON.stringify(busy), { "Retry-After": date });
        });
        const { data, status } = await calls.get();
        expect(status).toBe(200);
        expect(data).toEqual({ id: "x" });
        expect(requests()).toHaveLength(2);
        expect(requests()[1]!.at).toBeGreaterThanOrEqual(notBefore - CLOCK_SLACK_MS);
      },
      BOUND,
    );
  });

  describe("bursts of 503", () => {
    it.for([1, RETRY.maxRetries])("succeeds after a burst of %i", { timeout: BOUND }, async (burst, { task }) => {
      const { calls, requests } = await start(api, task, (req, res, i) =>
        i < burst ? send(res, 503, JSON.stringify(busy)) : ok(api, { id: "x" })(req, res, i),
      );
      const { data, status } = await calls.get();
      expect(status).toBe(200);
      expect(data).toEqual({ id: "x" });
      expect(requests()).toHaveLength(burst + 1);
    });

    it(
      "returns the 503 as { error, status } after maxRetries + 1 attempts when the burst lasts longer",
      async ({ task }) => {
        const { calls, requests } = await start(api, task, (_, res) => send(res, 503, JSON.stringify(busy)));
        const result = await calls.get();
        expect(result).toMatchObject({ status: 503, error: busy });
        expect(result.data).toBeUndefined();
        expect(requests()).toHaveLength(RETRY.maxRetries + 1);
        expectNoSecret(api, result.error);
      },
      BOUND,
    );
  });

  describe("bodies", () => {
    it(
      "rejects malformed JSON in a 200 with ApiResponseError saying the body is not JSON",
      async ({ task }) => {
        const { calls, requests } = await start(api, task, (_, res) => send(res, 200, '{"a":'));
        const error = await rejection(api, calls.get());
        expect(error).toBeInstanceOf(ApiResponseError);
        expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/\S+ answered 200 with a body that is not JSON/);
        expect(error).toMatchObject({ status: 200 });
        expect(requests()).toHaveLength(1);
      },
      BOUND,
    );

    it(
      "rejects an HTML 200 with the same error",
      async ({ task }) => {
        const { calls } = await start(api, task, (_, res) =>
          send(res, 200, "<html><body>Service moved</body></html>", { "Content-Type": "text/html" }),
        );
        const error = await rejection(api, calls.get());
        expect(error).toBeInstanceOf(ApiResponseError);
        expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/\S+ answered 200 with a body that is not JSON/);
      },
      BOUND,
    );

    it(
      "reads a 20 MB JSON array intact",
      async ({ task }) => {
        const body = Buffer.from(api.fixture.wrap(large()));
        expect(body.length).toBeGreaterThan(19_000_000);
        const { calls, requests } = await start(api, task, (_, res) => {
          res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(body.length) });
          res.end(body);
        });
        // The per-attempt limit covers reading the body too; 20 MB gets more than the test default.
        const { data, status } = await calls.get({ timeoutMs: 5_000 });
        expect(status).toBe(200);
        const items = data as { i: number }[];
        expect(items).toHaveLength(LARGE_ITEMS);
        expect(items[0]!.i).toBe(0);
        expect(items[LARGE_ITEMS - 1]!.i).toBe(LARGE_ITEMS - 1);
        expect(requests()).toHaveLength(1);
      },
      BOUND,
    );
  });

  describe(api.idempotencyKey ? "a POST with an Idempotency-Key" : "a POST without an Idempotency-Key", () => {
    if (!api.idempotencyKey) {
      it(
        "is not retried after a 503",
        async ({ task }) => {
          const { calls, requests } = await start(api, task, (_, res) => send(res, 503, JSON.stringify(busy)));
          const result = await calls.create();
          expect(result).toMatchObject({ status: 503, error: busy });
          expect(requests()).toHaveLength(1);
          expect(requests()[0]).toMatchObject({ method: "POST", path: api.createPath });
          expect(requests()[0]!.headers["idempotency-key"]).toBeUndefined();
        },
        BOUND,
      );

      it(
        "is not retried after a dropped connection, and throws ApiConnectionError",
        async ({ task }) => {
          const { server, calls, requests } = await start(api, task, (_, res) => res.socket?.destroy());
          const error = await rejection(api, calls.create());
          expect(error).toBeInstanceOf(ApiConnectionError);
          expect(error).toMatchObject({ method: "POST", url: url(server, api.createPath), attempts: 1 });
          expect((error as Error).message).toMatch(new RegExp(`^POST ${url(server, api.createPath)} failed: .+ \\(1 attempt\\)$`));
          expect(requests()).toHaveLength(1);
        },
        BOUND,
      );
    } else {
      it(
        "is retried after a 503 with the same key and body",
        async ({ task }) => {
          const { calls, requests } = await start(api, task, (req, res, i) =>
            i === 0 ? send(res, 503, JSON.stringify(busy)) : ok(api, { project_id: "1" })(req, res, i),
          );
          const { status } = await calls.create();
          expect(status).toBe(200);
          const [first, second] = requests();
          expect(requests()).toHaveLength(2);
          expect(first!.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
          expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
          expect(second!.body).toBe(first!.body);
        },
        BOUND,
      );

      it(
        "is retried after a dropped connection with the same key",
        async ({ task }) => {
          const { calls, requests } = await start(api, task, (req, res, i) =>
            i === 0 ? res.socket?.destroy() : ok(api, { project_id: "1" })(req, res, i),
          );
          const { status } = await calls.create();
          expect(status).toBe(200);
          const [first, second] = requests();
          expect(requests()).toHaveLength(2);
          expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
        },
        BOUND,
      );
    }
  });

  // Clients that fetch a token first: faults at the token endpoint fail the call with the credentials kept out.
  // Defined only for clients with a token endpoint (Dubber, Dotsub), rather than skipped for the others.
  if (api.tokenPath)
    describe("a failing token endpoint", () => {
      it(
        "refusing with 503 gives ApiAuthError, and the API is never called",
        async ({ task }) => {
          const { server, calls, requests } = await start(api, task, ok(api, {}), (_, res) =>
            json(res, 503, { error: "temporarily_unavailable" }),
          );
          const error = await rejection(api, calls.get());
          expect(error).toBeInstanceOf(ApiAuthError);
          expect(error).toMatchObject({ status: 503 });
          expect((error as Error).message).toContain(`token request POST ${url(server, api.tokenPath!)} was refused with 503`);
          expect(requests()).toHaveLength(0);
          // The secrets were sent to the token endpoint and nowhere else.
          const tokenRequests = server.seen.filter((r) => r.path === api.tokenPath);
          expect(tokenRequests.length).toBeGreaterThan(0);
          expect(tokenRequests.every((r) => api.fixture.credentials.every((secret) => r.body.includes(secret)))).toBe(true);
        },
        BOUND,
      );

      it(
        "dropping the connection gives ApiAuthError",
        async ({ task }) => {
          const { calls, requests } = await start(api, task, ok(api, {}), (_, res) => res.socket?.destroy());
          const error = await rejection(api, calls.get());
          expect(error).toBeInstanceOf(ApiAuthError);
          expect((error as Error).message).toMatch(/^token request POST \S+ failed: fetch failed/);
          expect(requests()).toHaveLength(0);
        },
        BOUND,
      );

      it(
        "stalling gives ApiTimeoutError after the call's timeout",
        async ({ task }) => {
          const { calls, requests } = await start(api, task, ok(api, {}), stall);
          const error = await rejection(api, calls.get());
          expect(error).toBeInstanceOf(ApiTimeoutError);
          expect(error).toMatchObject({ method: "GET", timeoutMs: TIMEOUT_MS });
          expect(requests()).toHaveLength(0);
        },
        BOUND,
      );
    });
});

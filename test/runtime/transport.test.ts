// The runtime's transport through a generated client: retries (status codes, Retry-After, dropped connections),
// idempotency keys kept across retries, error results, and middleware beneath auth and retries.
import { ApiConnectionError } from "@apispec/dubformer";
import { describe, expect, it } from "vitest";
import { json } from "../support/local-server.js";
import { createBody, created, expectNoSecret, SECRET, scriptedClients } from "./scripted-client.js";

const setup = scriptedClients();

describe("retries", () => {
  it("retries 5xx answers on a GET and returns the eventual success", async () => {
    const { server, client } = await setup((_, res, i) =>
      i < 2 ? json(res, 503, { error: "Unavailable", message: "busy" }) : json(res, 200, { balance_minutes: 5 }),
    );
    const { data, status } = await client.GET("/api/v1/balance");
    expect(status).toBe(200);
    expect(data).toEqual({ balance_minutes: 5 });
    expect(server.seen).toHaveLength(3);
    for (const request of server.seen) expect(request.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("gives up after maxRetries and returns the last error response", async () => {
    const { server, client } = await setup((_, res) => json(res, 500, { error: "InternalError", message: "boom" }));
    const { error, status } = await client.GET("/api/v1/balance");
    expect(status).toBe(500);
    expect(error).toEqual({ error: "InternalError", message: "boom" });
    expect(server.seen).toHaveLength(3);
  });

  it("does not retry a 4xx other than 408 and 429", async () => {
    const { server, client } = await setup((_, res) => json(res, 402, { error: "PaymentRequiredError", message: "no minutes" }));
    const { status } = await client.POST("/api/v1/projects", { body: createBody });
    expect(status).toBe(402);
    expect(server.seen).toHaveLength(1);
  });

  it("waits for Retry-After given in seconds", async () => {
    const { server, client } = await setup((_, res, i) =>
      i === 0
        ? json(res, 429, { error: "TooManyRequests", message: "slow down" }, { "Retry-After": "1" })
        : json(res, 200, { balance_minutes: 5 }),
    );
    const { status } = await client.GET("/api/v1/balance");
    expect(status).toBe(200);
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("waits for Retry-After given as an HTTP date", async () => {
    const { server, client } = await setup((_, res, i) =>
      i === 0
        ? json(res, 503, { error: "Unavailable", message: "later" }, { "Retry-After": new Date(Date.now() + 2000).toUTCString() })
        : json(res, 200, { balance_minutes: 5 }),
    );
    const { status } = await client.GET("/api/v1/balance");
    expect(status).toBe(200);
    // HTTP dates have one-second resolution, so at least one second has passed.
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("returns at once when Retry-After is longer than the policy allows", async () => {
    const { server, client } = await setup((_, res) =>
      json(res, 429, { error: "TooManyRequests", message: "tomorrow" }, { "Retry-After": "3600" }),
    );
    const { status } = await client.GET("/api/v1/balance");
    expect(status).toBe(429);
    expect(server.seen).toHaveLength(1);
  });

  it("retries a dropped connection on a GET", async () => {
    const { server, client } = await setup((_, res, i) => (i === 0 ? res.socket!.destroy() : json(res, 200, { balance_minutes: 5 })));
    const { data } = await client.GET("/api/v1/balance");
    expect(data).toEqual({ balance_minutes: 5 });
    expect(server.seen).toHaveLength(2);
  });

  it("can be switched off per call", async () => {
    const { server, client } = await setup((_, res) => json(res, 503, { error: "Unavailable", message: "busy" }));
    const { status } = await client.GET("/api/v1/balance", { retry: false });
    expect(status).toBe(503);
    expect(server.seen).toHaveLength(1);
  });
});

describe("idempotency keys", () => {
  it("adds a fresh Idempotency-Key to each POST and keeps it, with the same body, across that call's retries", async () => {
    const { server, client } = await setup((_, res, i) =>
      i % 2 === 0 ? json(res, 503, { error: "Unavailable", message: "busy" }) : json(res, 200, created),
    );
    expect((await client.POST("/api/v1/projects", { body: createBody })).status).toBe(200);
    expect((await client.POST("/api/v1/projects", { body: createBody })).status).toBe(200);

    const keys = server.seen.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys[2]).not.toBe(keys[0]);
    for (const request of server.seen) expect(JSON.parse(request.body)).toEqual(createBody);
  });

  it("uses the caller's own Idempotency-Key", async () => {
    const { server, client } = await setup((_, res) => json(res, 200, created));
    await client.POST("/api/v1/projects", { body: createBody, params: { header: { "Idempotency-Key": "my-key-1" } } });
    expect(server.seen[0]!.headers["idempotency-key"]).toBe("my-key-1");
  });

  it("retries a GET whose connection dropped in the middle of the body", async () => {
    const { server, client } = await setup((_, res, i) => {
      if (i > 0) return json(res, 200, { balance_minutes: 5 });
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
      res.write('{"balance_minutes":', () => res.socket!.destroy());
    });
    const { data } = await client.GET("/api/v1/balance");
    expect(data).toEqual({ balance_minutes: 5 });
    expect(server.seen).toHaveLength(2);
  });

  it("retries a POST whose connection dropped, because it carries a key", async () => {
    const { server, client } = await setup((_, res, i) => (i === 0 ? res.socket!.destroy() : json(res, 200, created)));
    const { data } = await client.POST("/api/v1/projects", { body: createBody });
    expect(data).toEqual(created);
    expect(server.seen[1]!.headers["idempotency-key"]).toBe(server.seen[0]!.headers["idempotency-key"]);
  });
});

describe("error results", () => {
  it("never leaves error undefined for a body-less non-2xx answer", async () => {
    const { client } = await setup((_, res) => {
      res.writeHead(404);
      res.end();
    });
    const { data, error, status } = await client.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: "x" } } });
    expect(data).toBeUndefined();
    expect(status).toBe(404);
    expect(error).toEqual({ status: 404, message: "HTTP 404 Not Found" });
  });

  it("keeps a non-JSON error body as the message", async () => {
    const { client } = await setup(
      (_, res) => {
        res.writeHead(502, { "Content-Type": "text/html" });
        res.end("<h1>Bad gateway</h1>");
      },
      { retry: false },
    );
    const { error, status } = await client.GET("/api/v1/balance");
    expect(status).toBe(502);
    expect(error).toEqual({ status: 502, message: "<h1>Bad gateway</h1>" });
  });

  it.each([
    ["null", "HTTP 409 Conflict"],
    ["false", "HTTP 409 Conflict"],
    ["0", "HTTP 409 Conflict"],
    ['""', "HTTP 409 Conflict"],
    ['"taken"', "taken"],
  ])("never leaves a falsy or non-object error for a JSON %s error body", async (body, message) => {
    const { client } = await setup((_, res) => {
      res.writeHead(409, { "Content-Type": "application/json" });
      res.end(body);
    });
    const { error, status } = await client.GET("/api/v1/balance");
    expect(status).toBe(409);
    expect(error).toEqual({ status: 409, message });
  });

  it("throws ApiConnectionError without the API key when nothing answers", async () => {
    const { server, client } = await setup(() => {}, { retry: { maxRetries: 1, initialDelayMs: 5 } });
    await server.close();
    const error = await client.GET("/api/v1/balance").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ attempts: 2 });
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/balance failed: fetch failed/);
    expectNoSecret(error);
  });
});

describe("middleware", () => {
  it("runs for each attempt, with the path template and parameters, beneath auth and retries", async () => {
    const { server, client } = await setup((_, res, i) =>
      i === 0 ? json(res, 503, { error: "Unavailable", message: "busy" }) : json(res, 200, { project_id: "p/1" }),
    );
    const seen: { schemaPath: string; params: unknown }[] = [];
    client.use({
      onRequest({ request, schemaPath, params }) {
        seen.push({ schemaPath, params });
        request.headers.set("X-Trace", String(seen.length));
      },
    });
    const { data } = await client.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: "p/1" } } });
    expect(data).toEqual({ project_id: "p/1" });
    expect(seen).toEqual([1, 2].map(() => ({ schemaPath: "/api/v1/projects/{project_id}", params: { path: { project_id: "p/1" } } })));
    expect(server.seen.map((r) => [r.path, r.headers["x-trace"], r.headers.authorization])).toEqual([
      ["/api/v1/projects/p%2F1", "1", `Bearer ${SECRET}`],
      ["/api/v1/projects/p%2F1", "2", `Bearer ${SECRET}`],
    ]);
  });

  it("keeps per-attempt timeouts when a call passes its own middleware", async () => {
    const { server, client } = await setup(() => {}, { timeoutMs: 100, retry: { maxRetries: 1, initialDelayMs: 5 } });
    let requests = 0;
    const middleware = [
      {
        async onRequest() {
          requests++;
          await new Promise((resolve) => setTimeout(resolve, 10));
        },
      },
    ];
    await expect(client.GET("/api/v1/balance", { middleware })).rejects.toMatchObject({ name: "ApiTimeoutError", attempts: 2 });
    expect(requests).toBe(2);
    expect(server.seen).toHaveLength(2);
  });
});

// A call's own limits through a generated client: per-attempt timeouts (shared signals, stalled bodies, streams),
// the caller's abort signal, and the options a client and a call are given.
import { ApiTimeoutError, createDubformerClient } from "@apispec/dubformer";
import { describe, expect, it } from "vitest";
import { type Handler, json } from "../support/local-server.js";
import { expectNoSecret, SECRET, scriptedClients } from "./scripted-client.js";

const setup = scriptedClients();

describe("timeouts", () => {
  const stall: Handler = () => {
    /* never answers */
  };

  it("throws ApiTimeoutError after every attempt timed out", async () => {
    const { server, client } = await setup(stall, { timeoutMs: 150, retry: { maxRetries: 1, initialDelayMs: 5 } });
    const error = await client.GET("/api/v1/balance").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ attempts: 2, timeoutMs: 150, method: "GET" });
    expect((error as Error).message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/balance timed out after 150 ms \(2 attempts\)/);
    expect(server.seen).toHaveLength(2);
    expectNoSecret(error);
  });

  it("takes a per-call timeout over the client default", async () => {
    const { client } = await setup(stall, { timeoutMs: 30_000, retry: false });
    await expect(client.GET("/api/v1/balance", { timeoutMs: 100 })).rejects.toMatchObject({ name: "ApiTimeoutError", timeoutMs: 100 });
  });

  it("times out a response whose body stalls", async () => {
    const { client } = await setup(
      (_, res) => {
        res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
        res.write('{"balance_minutes":');
      },
      { timeoutMs: 150, retry: false },
    );
    await expect(client.GET("/api/v1/balance")).rejects.toBeInstanceOf(ApiTimeoutError);
  });

  it("times out a body that stalls on every attempt, saying it was reading the response", async () => {
    const { server, client } = await setup(
      (_, res) => {
        res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
        res.write('{"balance_minutes":');
      },
      { timeoutMs: 100, retry: { maxRetries: 1, initialDelayMs: 5 } },
    );
    const error = await client.GET("/api/v1/balance").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/balance timed out after 100 ms while reading the response \(2 attempts\)$/,
    );
    expect(server.seen).toHaveLength(2);
  });

  // Calls that start close together share one timeout signal; each must still get its full time limit (less the
  // few milliseconds by which Node's timer clock, read once per event-loop turn, may lag performance.now()).
  it("gives every one of many staggered calls at least its own time limit", async () => {
    const { client } = await setup(stall, { timeoutMs: 200, retry: false });
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i % 10) * 7));
        const started = performance.now();
        const error = await client.GET("/api/v1/balance").catch((e: unknown) => e);
        return { error, elapsed: performance.now() - started };
      }),
    );
    for (const { error, elapsed } of outcomes) {
      expect(error).toBeInstanceOf(ApiTimeoutError);
      expect(elapsed).toBeGreaterThanOrEqual(195);
    }
  });

  it("leaves a streamed body readable after the time limit has passed", async () => {
    const { client } = await setup(
      (_, res) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.write('{"balance_minutes":');
        setTimeout(() => res.end("5}"), 250);
      },
      { timeoutMs: 100 },
    );
    const { data: stream } = await client.GET("/api/v1/balance", { parseAs: "stream" });
    expect(JSON.parse(await new Response(stream).text())).toEqual({ balance_minutes: 5 });
  });

  it("rejects invalid timeouts with a clear message", async () => {
    expect(() => createDubformerClient({ apiKey: SECRET, timeoutMs: 0 })).toThrow(
      "timeoutMs must be a positive number of milliseconds up to 2147483647, got 0",
    );
    // Beyond what a timer can hold, setTimeout would fire at once.
    expect(() => createDubformerClient({ apiKey: SECRET, timeoutMs: 2 ** 31 })).toThrow(
      "timeoutMs must be a positive number of milliseconds up to 2147483647, got 2147483648",
    );
    const { client } = await setup((_, res) => json(res, 200, {}));
    await expect(client.GET("/api/v1/balance", { timeoutMs: -1 })).rejects.toThrow("timeoutMs must be a positive number");
  });

  it("stops at once when the caller aborts, without retrying", async () => {
    const { server, client } = await setup(stall, { timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = client.GET("/api/v1/balance", { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(server.seen).toHaveLength(1);
  });
});

describe("options", () => {
  it("rejects a malformed retry policy with the offending field", () => {
    expect(() => createDubformerClient({ apiKey: SECRET, retry: { maxRetries: -1 } })).toThrow(
      "retry.maxRetries must be a non-negative number, got -1",
    );
  });

  it("rejects a base URL that is not absolute http(s) or that embeds credentials", () => {
    expect(() => createDubformerClient({ apiKey: SECRET, baseUrl: "app.dubformer.ai" })).toThrow(
      'baseUrl must be an absolute http(s) URL, got "app.dubformer.ai"',
    );
    expect(() => createDubformerClient({ apiKey: SECRET, baseUrl: "https://user:pw@app.dubformer.ai" })).toThrow(
      "baseUrl must not contain credentials",
    );
  });
});

// Retry-After values that are neither delay-seconds nor an IMF-fixdate fall back to the backoff (V8's lenient
// Date.parse reads some of them as past dates, which would skip it), and retry delays a timer cannot hold are refused.
import { createDubformerClient } from "@apispec/dubformer";
import { parseRetryAfter } from "@apispec/runtime/internal";
import { describe, expect, it } from "vitest";
import { send, serve } from "./hostile.js";

const now = Date.parse("2026-11-22T12:00:00Z");
const LENIENT = [
  "a 2000",
  "Mon 5",
  "May 1",
  "1 May 2026",
  "2026-11-22T12:00:10Z",
  "Sun, 22 Nov 2026 12:00:10",
  "Sunday, 22-Nov-26 12:00:10 GMT",
  "0x10",
  "1e3",
];

describe("parseRetryAfter", () => {
  it.for(LENIENT)("ignores %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  it("reads an IMF-fixdate and delay-seconds", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("120", now)).toBe(120_000);
  });
});

describe("a 503 whose Retry-After is not one of the two forms", () => {
  it.for(["a 2000", "Mon 5", "May 1"])("with %j: the retry waits for the backoff", async (retryAfter) => {
    const server = await serve((_, res) =>
      server.seen.length === 1 ? send(res, 503, "{}", { "Retry-After": retryAfter }) : send(res, 200, "{}"),
    );
    const client = createDubformerClient({
      baseUrl: server.url,
      apiKey: "k",
      retry: { maxRetries: 1, initialDelayMs: 400, maxDelayMs: 400 },
    });
    expect((await client.GET("/api/v1/balance")).status).toBe(200);
    const [first, second] = server.seen;
    // Equal jitter: at least half of the 400 ms backoff, where a past date would have meant no wait at all.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(200 - 5);
  });
});

describe("retry delays", () => {
  it.for(["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"])("refuses %s beyond what a timer can hold", (key) => {
    expect(() => createDubformerClient({ apiKey: "k", retry: { [key]: 2 ** 31 } })).toThrow(
      `retry.${key} must be a non-negative number of milliseconds up to 2147483647, got 2147483648`,
    );
    expect(() => createDubformerClient({ apiKey: "k", retry: { [key]: 2 ** 31 - 1 } })).not.toThrow();
  });

  it("refuses them per call too", async () => {
    const client = createDubformerClient({ baseUrl: "http://127.0.0.1:1", apiKey: "k" });
    await expect(client.GET("/api/v1/balance", { retry: { maxRetryAfterMs: 1e12 } })).rejects.toThrow(
      "retry.maxRetryAfterMs must be a non-negative number of milliseconds up to 2147483647",
    );
  });
});

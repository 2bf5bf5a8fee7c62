// The retry policy's pure parts: Retry-After parsing, backoff bounds and option validation.
import { backoffDelay, parseRetryAfter } from "@apispec/runtime/internal";
import { describe, expect, it } from "vitest";

const policy = { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-22T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
  });

  it("reads an HTTP date relative to now, never negative", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Sun, 22 Nov 2026 11:59:00 GMT", now)).toBe(0);
  });

  it("ignores absent or unreadable values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("doubles per retry between half and all of the ceiling, capped at maxDelayMs", () => {
    expect([0, 1, 2].map((i) => backoffDelay(i, policy, () => 0))).toEqual([250, 500, 1000]);
    expect([0, 1, 2].map((i) => backoffDelay(i, policy, () => 1))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(10, policy, () => 1)).toBe(8_000);
    expect(backoffDelay(10, policy, () => 0)).toBe(4_000);
  });
});

/** When and how long to wait before sending a request again. */
export interface RetryOptions {
  /** Attempts after the first one. Default 2. */
  maxRetries?: number;
  /** Backoff before the first retry; doubles each time. Default 500 ms. */
  initialDelayMs?: number;
  /** Upper bound for one backoff. Default 8 000 ms. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the response is returned as it is. Default 60 000 ms. */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

/** Setting timers longer than this makes them fire at once (and Node warns). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

export function resolveRetryPolicy(options: RetryOptions | false | undefined, base: RetryPolicy = defaultRetryPolicy): RetryPolicy {
  if (options === false) return { ...base, maxRetries: 0 };
  if (options === undefined) return base;
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`retry must be { ${Object.keys(defaultRetryPolicy).join("?, ")}? } or false`);
  }
  const policy = { ...base, ...options };
  for (const [key, value] of Object.entries(policy)) {
    // Delays become timers, which fire at once (1 ms) beyond MAX_TIMER_MS.
    const unit = key === "maxRetries" ? "" : ` of milliseconds up to ${MAX_TIMER_MS}`;
    if (typeof value !== "number" || !(value >= 0 && value <= (unit ? MAX_TIMER_MS : Number.MAX_SAFE_INTEGER))) {
      throw new TypeError(`retry.${key} must be a non-negative number${unit}, got ${String(value)}`);
    }
  }
  return policy;
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/**
 * Replaying a POST or PATCH could create a second resource or apply a change twice, so those are
 * only retried when the server can recognise the replay by its `Idempotency-Key`.
 */
export function isReplaySafe(request: Request): boolean {
  return IDEMPOTENT_METHODS.has(request.method) || request.headers.has("Idempotency-Key");
}

/** 408 Request Timeout, 429 Too Many Requests and every 5xx are worth another try. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds the server asked us to wait, if it asked in one of the two forms RFC 9110 §10.2.3 defines:
 * delay-seconds (fractions tolerated) or an IMF-fixdate. Anything else means the backoff: V8's Date.parse reads
 * values such as "a 2000" or "May 1" as dates long past, which would mean no wait at all.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/.test(trimmed))
    return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so bursts spread out. */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.initialDelayMs * 2 ** retryIndex, policy.maxDelayMs);
  return ceiling / 2 + random() * (ceiling / 2);
}

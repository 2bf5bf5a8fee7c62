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
    throw new TypeError("retry must be { maxRetries?, initialDelayMs?, maxDelayMs?, maxRetryAfterMs? } or false");
  }
  const policy = { ...base, ...options };
  for (const [key, value] of Object.entries(policy)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`retry.${key} must be a non-negative number, got ${String(value)}`);
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

/** Milliseconds the server asked us to wait (`Retry-After` as seconds or as an HTTP date), if it asked. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date always names its day and month; Date.parse alone would read "-5" as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so bursts spread out. */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.initialDelayMs * 2 ** retryIndex, policy.maxDelayMs);
  return ceiling / 2 + random() * (ceiling / 2);
}

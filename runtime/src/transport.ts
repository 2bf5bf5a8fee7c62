import type { AuthProvider } from "./auth.js";
import { ApiConnectionError, ApiTimeoutError, describeUrl } from "./errors.js";
import {
  backoffDelay,
  isReplaySafe,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetryPolicy,
  type RetryOptions,
  type RetryPolicy,
} from "./retry.js";

/** Options a single call may override: `client.GET("/x", { timeoutMs: 5_000, retry: false })`. */
export interface PerRequestOptions {
  /** Per-attempt limit for the response to arrive and be read. */
  timeoutMs?: number;
  retry?: RetryOptions | false;
}

export interface TransportOptions {
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
  auth?: AuthProvider;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Requests for operations declared with `security: []` carry no credentials. */
  needsAuth?: (request: Request) => boolean;
}

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

export function validateTimeout(value: unknown, what = "timeoutMs"): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${what} must be a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

/**
 * The fetch that openapi-fetch calls. It sits beneath middleware so that each attempt is a fresh
 * copy of the fully built request: the body is replayed, credentials are re-applied (a refreshed
 * token is picked up), and an `Idempotency-Key` set once by middleware is kept across attempts.
 */
export function createTransport(options: TransportOptions): Fetch {
  const fetchImpl: Fetch = options.fetch ?? ((request, init) => globalThis.fetch(request, init));

  return async function transport(request, init) {
    // openapi-fetch copies unknown init keys onto the Request: that is how per-call options arrive.
    const perRequest = request as Request & PerRequestOptions;
    const timeoutMs = perRequest.timeoutMs === undefined ? options.timeoutMs : validateTimeout(perRequest.timeoutMs);
    const policy = perRequest.retry === undefined ? options.retry : resolveRetryPolicy(perRequest.retry, options.retry);
    const authorize = options.auth && (options.needsAuth?.(request) ?? true) ? options.auth : undefined;
    const replaySafe = isReplaySafe(request);
    const callerSignal = request.signal;
    const where = `${request.method} ${describeUrl(request.url)}`;
    let retries = 0;
    let refreshed = false;

    for (;;) {
      const attempt = request.clone();
      const credential = authorize ? await authorize.authorize(attempt.headers, callerSignal) : undefined;
      const timeout = AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await fetchImpl(attempt, { ...init, signal: AbortSignal.any([callerSignal, timeout]) });
      } catch (cause) {
        if (callerSignal.aborted) throw callerSignal.reason ?? cause;
        if (replaySafe && retries < policy.maxRetries) {
          await sleep(backoffDelay(retries++, policy), callerSignal);
          continue;
        }
        const attempts = retries + 1;
        if (timeout.aborted) {
          throw new ApiTimeoutError(`${where} timed out after ${timeoutMs} ms (${attempts} attempt${attempts > 1 ? "s" : ""})`, {
            method: request.method,
            url: describeUrl(request.url),
            attempts,
            timeoutMs,
            cause,
          });
        }
        throw new ApiConnectionError(`${where} failed: ${reason(cause)} (${attempts} attempt${attempts > 1 ? "s" : ""})`, {
          method: request.method,
          url: describeUrl(request.url),
          attempts,
          cause,
        });
      }

      if (response.status === 401 && authorize?.refresh && !refreshed) {
        refreshed = true;
        if (await authorize.refresh(callerSignal, credential)) {
          await response.body?.cancel();
          continue;
        }
        return response;
      }

      if (isRetryableStatus(response.status) && replaySafe && retries < policy.maxRetries) {
        const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
        if (retryAfter === undefined || retryAfter <= policy.maxRetryAfterMs) {
          await response.body?.cancel();
          await sleep(retryAfter ?? backoffDelay(retries, policy), callerSignal);
          retries++;
          continue;
        }
      }
      return response;
    }
  };
}

function reason(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

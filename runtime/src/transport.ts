import type { AuthProvider } from "./auth.js";
import { ApiResponseError, describeUrl, failure } from "./errors.js";
import { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryOptions, type RetryPolicy } from "./retry.js";
import type { Call } from "./call.js";

/** Options a single call may override: `client.GET("/x", { timeoutMs: 5_000, retry: false })`. */
export interface PerRequestOptions {
  /** Per-attempt limit for the response to arrive and be read. */
  timeoutMs?: number;
  retry?: RetryOptions | false;
}

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;
export type Transport = (request: Request, call: Call) => Promise<Response>;

/** Setting timers longer than this makes them fire at once (and Node warns). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function validateTimeout(value: unknown): number {
  if (typeof value !== "number" || !(value > 0 && value <= MAX_TIMEOUT_MS)) {
    throw new TypeError(`timeoutMs must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}, got ${String(value)}`);
  }
  return value;
}

/**
 * The fetch beneath openapi-fetch: puts the credentials on each attempt and gives fetch the attempt's
 * signal. The signal goes in fetch's init, not into the Request: fetch makes its own Request from
 * `(input, init)` anyway, and a signal in a Request is slow to follow (README, Performance). No `async` and no
 * `.then` on the common path: each would add a promise to every call.
 */
export function createTransport(fetchImpl: Fetch = (request, init) => globalThis.fetch(request, init), auth?: AuthProvider): Transport {
  return (request, call) => {
    call.request = request;
    const init = { signal: call.signal };
    if (auth && !call.anonymous) {
      const credential = auth.authorize(request.headers, init.signal);
      if (credential instanceof Promise) {
        return credential.then((resolved) => {
          call.credential = resolved;
          return (call.sent = fetchImpl(request, init));
        });
      }
      call.credential = credential;
    }
    return (call.sent = fetchImpl(request, init));
  };
}

/**
 * After an attempt that got no answer, or whose answer could not be read: resolves (after the backoff)
 * when the call should try again, and throws the error the caller should see when it should not.
 */
export async function recover(method: string, cause: unknown, call: Call, policy: RetryPolicy, retries: number): Promise<void> {
  const { callerSignal } = call;
  if (callerSignal?.aborted) throw callerSignal.reason ?? cause;
  const url = call.request?.url ?? "";
  const timedOut = call.signal.aborted;
  // Nothing was sent: obtaining credentials (or a middleware) failed.
  if (!call.sent) {
    if (!timedOut) throw cause;
    throw failure(method, url, retries + 1, " while obtaining credentials", cause, call.timeoutMs);
  }
  const answer = await call.sent.catch(() => undefined);
  // A complete answer that is not what it claims to be: sending the request again would not change it.
  if (answer && cause instanceof SyntaxError) {
    throw new ApiResponseError(
      `${method} ${describeUrl(url)} answered ${answer.status} with a body that is not JSON (${cause.message}); for a text answer pass parseAs: "text"`,
      { status: answer.status, cause },
    );
  }
  if (mayRetry(call, policy, retries)) return pause(call, backoffDelay(retries, policy));
  const attempts = retries + 1;
  const where = answer ? " while reading the response" : "";
  const count = ` (${attempts} attempt${attempts > 1 ? "s" : ""})`;
  throw timedOut
    ? failure(method, url, attempts, `${where}${count}`, cause, call.timeoutMs)
    : failure(method, url, attempts, `${where}: ${reason(cause)}${count}`, cause);
}

/**
 * After an answer: the delay before trying again when it is worth another try (408, 429 or 5xx, the
 * request safe to replay, retries left, and no `Retry-After` beyond what the policy waits for).
 */
export function retryDelay(response: Response, call: Call, policy: RetryPolicy, retries: number): number | undefined {
  if (isRetryableStatus(response.status) && mayRetry(call, policy, retries)) {
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
    if (retryAfter === undefined || retryAfter <= policy.maxRetryAfterMs) return retryAfter ?? backoffDelay(retries, policy);
  }
}

/**
 * The one place that decides whether an attempt may be sent again, once `recover` (no answer) or `retryDelay`
 * (408, 429, 5xx) found it worth another try. All must hold: retries are left; the spec does not mark the
 * operation `x-idempotent: false` (`call.noReplay`); and its method is idempotent or it carries an
 * `Idempotency-Key` the server can recognise (`isReplaySafe`).
 */
const mayRetry = (call: Call, policy: RetryPolicy, retries: number) => retries < policy.maxRetries && call.replaySafe;

/** Waits before the next attempt, off the clock; the caller's signal still cuts the wait short. */
export async function pause(call: Call, ms: number): Promise<void> {
  call.stop();
  await sleep(ms, call.callerSignal);
  call.restart();
}

/** An error's message with its cause's, e.g. undici's "fetch failed: connect ECONNREFUSED …". */
function reason(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

/** `promise`, or the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal!.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal?.removeEventListener("abort", onAbort));
  });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() => clearTimeout(timer));
}

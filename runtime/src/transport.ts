import type { AuthProvider } from "./auth.js";
import type { Call } from "./call.js";
import { ApiResponseError, describeUrl, failure } from "./errors.js";
import {
  backoffDelay,
  isReplaySafe,
  isRetryableStatus,
  MAX_TIMER_MS,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
} from "./retry.js";

/**
 * Which redirects a call follows. Fetch would follow any redirect to any origin, with every header but
 * `Authorization` (and on 307/308 the body), so the client decides instead: "follow-same-origin" (the default)
 * follows a GET or HEAD to the same origin; anything else comes back as the error, naming the target's origin.
 * "error" follows none.
 */
export type RedirectPolicy = "follow-same-origin" | "error";

/** Options a single call may override: `client.GET("/x", { timeoutMs: 5_000, retry: false })`. */
export interface PerRequestOptions {
  /** Per-attempt limit for the response to arrive and be read. */
  timeoutMs?: number;
  retry?: RetryOptions | false;
  redirect?: RedirectPolicy;
  /** The largest body read into memory (JSON, text, blob, arrayBuffer), in bytes. Default 64 MiB; streams are not limited. */
  maxResponseBytes?: number;
}

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;
export type Transport = (request: Request, call: Call) => Promise<Response>;

export function validateTimeout(value: unknown): number {
  if (typeof value !== "number" || !(value > 0 && value <= MAX_TIMER_MS)) {
    throw new TypeError(`timeoutMs must be a positive number of milliseconds up to ${MAX_TIMER_MS}, got ${String(value)}`);
  }
  return value;
}

export function validateRedirect(value: unknown): RedirectPolicy {
  if (value !== "follow-same-origin" && value !== "error")
    throw new TypeError(`redirect must be "follow-same-origin" or "error", got ${String(value)}`);
  return value;
}

export function validateMaxBytes(value: unknown): number {
  if (typeof value !== "number" || !(value > 0))
    throw new TypeError(`maxResponseBytes must be a positive number of bytes, got ${String(value)}`);
  return value;
}

/** Where a redirect points, when the answer says. Errors name only its origin: its path or query may carry a signature. */
export function redirectTarget(response: Response, from: string): URL | undefined {
  const location = response.headers.get("Location");
  try {
    return location === null ? undefined : new URL(location, from);
  } catch {
    return undefined;
  }
}

/** The statuses fetch follows; a browser hides them behind an "opaqueredirect" response with status 0. */
export const isRedirect = (response: Response): boolean =>
  (response.status > 300 && response.status < 309 && response.status !== 304) || response.type === "opaqueredirect";

/**
 * The fetch beneath openapi-fetch: puts the credentials on each attempt and gives fetch the attempt's
 * signal. The signal goes in fetch's init, not into the Request: fetch makes its own Request from
 * `(input, init)` anyway, a signal in a Request is slow to follow (README, Performance), and undici stops honouring it once
 * that Request is garbage-collected. No `async` on the common path, and one `.then` (the body limit): each would
 * add a promise to every call.
 */
export function createTransport(fetchImpl: Fetch = (request, init) => globalThis.fetch(request, init), auth?: AuthProvider): Transport {
  const send = (request: Request, init: RequestInit, call: Call) =>
    (call.sent = fetchImpl(request, init)).then((response) => limitBody(response, call));
  return (request, call) => {
    // A redirect being followed (same origin, GET or HEAD, see the client's loop): this attempt goes to its target.
    if (call.location) request = new Request(call.location, { method: request.method, headers: request.headers });
    call.request = request;
    // The client decides about redirects, in one place (see RedirectPolicy).
    const init: RequestInit = { signal: call.signal, redirect: "manual" };
    if (auth && !call.anonymous) {
      const credential = auth.authorize(request.headers, call.signal);
      if (credential instanceof Promise) {
        return credential.then((resolved) => {
          call.credential = resolved;
          return send(request, init, call);
        });
      }
      call.credential = credential;
    }
    return send(request, init, call);
  };
}

type Limited = { maxBytes: number; detached?: boolean; request?: Request };
const tooLarge = (response: Response, { request, maxBytes }: Limited) =>
  new ApiResponseError(
    `${request!.method} ${describeUrl(request!.url)} answered ${response.status} with more than ${maxBytes} bytes (maxResponseBytes)`,
    { status: response.status },
  );

/**
 * The answer, refused (ApiResponseError, not retried) when its body is larger than `call.maxBytes`: at once when
 * its Content-Length says so, else as it is read. A compressed body's Content-Length is not its decoded size.
 */
export function limitBody(response: Response, call: Limited): Response {
  const { body } = response;
  if (!body || call.detached) return response;
  const length = response.headers.get("Content-Length");
  if (length !== null && !response.headers.has("Content-Encoding")) {
    if (Number(length) <= call.maxBytes) return response;
    body.cancel().catch(() => undefined);
    throw tooLarge(response, call);
  }
  let read = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > call.maxBytes) controller.error(tooLarge(response, call));
        else controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Response(counted, response);
  // What fetch answered for, which a constructed Response does not know.
  Object.defineProperty(limited, "url", { value: response.url });
  return limited;
}

/**
 * After an attempt that got no answer, or whose answer could not be read: resolves (after the backoff)
 * when the call should try again, and throws the error the caller should see when it should not. `path` names
 * the call when no request could be built.
 */
export async function recover(
  method: string,
  cause: unknown,
  call: Call,
  policy: RetryPolicy,
  retries: number,
  path: string,
  /** Told the delay before the call is sent again, before the wait. */
  retrying?: (ms: number) => void,
): Promise<void> {
  const { callerSignal } = call;
  if (callerSignal?.aborted) throw callerSignal.reason ?? cause;
  // An answer over maxResponseBytes: asking again would bring the same.
  if (cause instanceof ApiResponseError) throw cause;
  const url = call.request?.url ?? "";
  const timedOut = call.signal.aborted;
  // Nothing was sent: obtaining credentials (or a middleware, or building the request) failed.
  if (!call.sent) {
    // Fetch's own message would quote the header value, which may be a credential.
    if (cause instanceof TypeError && /header/i.test(cause.message)) {
      throw new TypeError(
        `${method} ${url ? describeUrl(url) : path}: a request header has a value with CR, LF, NUL or characters beyond U+00FF (not shown)`,
      );
    }
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
  if (mayRetry(call, policy, retries)) {
    const ms = backoffDelay(retries, policy);
    retrying?.(ms);
    return pause(call, ms);
  }
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
const mayRetry = (call: Call, policy: RetryPolicy, retries: number) =>
  retries < policy.maxRetries && !call.noReplay && call.request !== undefined && isReplaySafe(call.request);

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

// Whoever waits on a signal, through one listener per signal: many calls share a signal (a timeout, a caller's),
// and Node warns (MaxListenersExceededWarning) from its eleventh listener on. The listener stays until the signal
// aborts or is collected; a shared timeout signal lives no longer than its limit anyway.
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `callback` when `signal` aborts; returns what stops that. */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = waiting.get(signal);
  if (!callbacks) {
    const all = (callbacks = new Set());
    waiting.set(signal, all);
    signal.addEventListener(
      "abort",
      () => {
        for (const each of all) each();
      },
      { once: true },
    );
  }
  callbacks.add(callback);
  return () => callbacks.delete(callback);
}

/** `promise`, or the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const stop = onAbort(signal, () => reject(signal.reason));
    promise.then(resolve, reject).finally(stop);
  });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() => clearTimeout(timer));
}

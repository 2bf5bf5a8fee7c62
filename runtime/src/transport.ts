import type { AuthProvider } from "./auth.js";
import { failure } from "./errors.js";
import { backoffDelay, isReplaySafe, isRetryableStatus, parseRetryAfter, resolveRetryPolicy, type RetryOptions, type RetryPolicy } from "./retry.js";

/** Options a single call may override: `client.GET("/x", { timeoutMs: 5_000, retry: false })`. */
export interface PerRequestOptions {
  /** Per-attempt limit for the response to arrive and be read. */
  timeoutMs?: number;
  retry?: RetryOptions | false;
}

/** What the client attaches to the Request it hands to openapi-fetch (unknown init keys are copied onto it). */
export interface CallContext {
  apispecTimer?: AttemptTimer;
  /** The operation is declared with `security: []`. */
  apispecAnonymous?: true;
  /** The operation creates a resource with PUT, so sending it twice is not safe. */
  apispecNoReplay?: true;
}

export interface TransportOptions {
  fetch?: Fetch;
  auth?: AuthProvider;
  timeoutMs: number;
  retry: RetryPolicy;
}

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

export function validateTimeout(value: unknown, what = "timeoutMs"): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${what} must be a positive number of milliseconds, got ${String(value)}`);
  }
  return value;
}

/**
 * One call's time limit: one AbortController and one timer, restarted for each attempt (with a new signal
 * only if the last one fired). Its signal is given to fetch with each attempt, not built into the Request:
 * fetch makes its own Request from `(input, init)` anyway, and a signal in a Request costs about 14 µs in
 * Node 20. The caller's own signal, if any, aborts it too.
 */
export interface AttemptTimer {
  readonly timeoutMs: number;
  /** URL and status of the last answer, for errors raised while its body is read. */
  url?: string;
  status?: number;
  readonly callerSignal: AbortSignal | undefined;
  /** The current attempt's signal. */
  readonly signal: AbortSignal;
  readonly callerAborted: boolean;
  readonly timedOut: boolean;
  /** Stops the clock, e.g. while waiting to retry. */
  stop(): void;
  /** Starts the clock for another attempt (with a new `signal` if the last one fired). */
  restart(): void;
  clear(): void;
}

export function attemptTimer(timeoutMs: number, callerSignal: AbortSignal | undefined): AttemptTimer {
  let controller: AbortController;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unlink: (() => void) | undefined;
  const start = () => {
    const current = controller;
    timer = setTimeout(() => current.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  };
  const link = () => {
    controller = new AbortController();
    if (!callerSignal) return;
    const current = controller;
    if (callerSignal.aborted) return current.abort(callerSignal.reason);
    const onAbort = () => current.abort(callerSignal.reason);
    callerSignal.addEventListener("abort", onAbort, { once: true });
    unlink = () => callerSignal.removeEventListener("abort", onAbort);
  };
  const stop = () => clearTimeout(timer);
  link();
  start();
  return {
    timeoutMs,
    callerSignal,
    get signal() {
      return controller.signal;
    },
    get callerAborted() {
      return callerSignal?.aborted === true;
    },
    get timedOut() {
      return controller.signal.aborted && callerSignal?.aborted !== true;
    },
    stop,
    restart() {
      stop();
      if (controller.signal.aborted) {
        unlink?.();
        link();
      }
      start();
    },
    clear() {
      stop();
      unlink?.();
    },
  };
}

/**
 * The fetch that openapi-fetch calls. It sits beneath middleware, so every attempt is the fully built
 * request: the body is replayed from a copy, credentials are applied again (a refreshed token is picked
 * up), and an `Idempotency-Key` set once per call is kept across attempts.
 */
export function createTransport(options: TransportOptions): Fetch {
  const fetchImpl: Fetch = options.fetch ?? ((request, init) => globalThis.fetch(request, init));

  return async function transport(request, init) {
    const context = request as Request & PerRequestOptions & CallContext;
    // Without the client's timer (a middleware replaced the Request), the request is timed here.
    const own = context.apispecTimer === undefined;
    const timer = context.apispecTimer ?? attemptTimer(options.timeoutMs, request.signal);
    const policy = context.retry === undefined ? options.retry : resolveRetryPolicy(context.retry, options.retry);
    const authorize = options.auth && !context.apispecAnonymous ? options.auth : undefined;
    const replaySafe = !context.apispecNoReplay && isReplaySafe(request);
    // A copy of the body is only worth making when the request may be sent again.
    const spare = request.body !== null && ((replaySafe && policy.maxRetries > 0) || authorize?.refresh) ? request.clone() : undefined;
    let attempt = request;
    let retries = 0;
    let refreshed = false;

    const again = (): Request => {
      timer.restart();
      return spare ? spare.clone() : attempt;
    };
    const wait = async (ms: number) => {
      timer.stop();
      await sleep(ms, timer.callerSignal);
    };

    try {
      for (;;) {
        let credential: unknown;
        try {
          credential = authorize && (await authorize.authorize(attempt.headers, timer.signal));
        } catch (cause) {
          if (!timer.timedOut) throw cause;
          throw failure(request.method, request.url, retries + 1, " while obtaining credentials", cause, timer.timeoutMs);
        }
        let response: Response;
        try {
          response = await fetchImpl(attempt, init ? { ...init, signal: timer.signal } : { signal: timer.signal });
        } catch (cause) {
          if (timer.callerAborted) throw timer.callerSignal!.reason ?? cause;
          const timedOut = timer.timedOut;
          if (replaySafe && retries < policy.maxRetries) {
            await wait(backoffDelay(retries++, policy));
            attempt = again();
            continue;
          }
          const attempts = retries + 1;
          const count = ` (${attempts} attempt${attempts > 1 ? "s" : ""})`;
          throw timedOut
            ? failure(request.method, request.url, attempts, count, cause, timer.timeoutMs)
            : failure(request.method, request.url, attempts, `: ${reason(cause)}${count}`, cause);
        }

        timer.url = attempt.url;
        timer.status = response.status;
        if (response.status === 401 && authorize?.refresh && !refreshed) {
          refreshed = true;
          if (await authorize.refresh(timer.signal, credential)) {
            await response.body?.cancel();
            attempt = again();
            continue;
          }
          return response;
        }

        if (isRetryableStatus(response.status) && replaySafe && retries < policy.maxRetries) {
          const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
          if (retryAfter === undefined || retryAfter <= policy.maxRetryAfterMs) {
            await response.body?.cancel();
            await wait(retryAfter ?? backoffDelay(retries, policy));
            retries++;
            attempt = again();
            continue;
          }
        }
        return response;
      }
    } finally {
      if (own) timer.clear();
    }
  };
}

export function reason(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

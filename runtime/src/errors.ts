/** What every ApiError carries besides its message; subclasses add their own fields. */
export interface ApiErrorDetails {
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** The answer's body (typed per operation in a call's result; `unknown` here). */
  body?: unknown;
  cause?: unknown;
}

/**
 * The base of every error the clients throw, so `catch (e) { if (e instanceof ApiError) … }` tells them from bugs.
 * Every subclass is built the same way: `new X(message, details)`.
 */
export class ApiError extends Error {
  override name = "ApiError";
  // Fields set by the constructor are `declare`d, as the runtime's build treats them (see Call, in call.ts).
  /** The HTTP status, when the failure is about an answer. */
  declare readonly status: number | undefined;
  /** The answer's body, when there was one. */
  declare readonly body: unknown;

  constructor(message: string, details: ApiErrorDetails = {}) {
    // Error reads `cause` from its options only when the key is there, so the rest of `details` does no harm.
    super(message, details);
    this.status = details.status;
    this.body = details.body;
  }
}

/**
 * Errors thrown when no HTTP response could be obtained. A non-2xx response is never thrown:
 * it comes back as `{ error, status, response }`.
 *
 * Messages name the method and the URL without its query string or user info, so a
 * credential carried in the URL (e.g. `?auth_token=`) can never reach a log line.
 */
export class ApiConnectionError extends ApiError {
  override name = "ApiConnectionError";
  declare readonly method: string;
  declare readonly url: string;
  declare readonly attempts: number;

  constructor(message: string, details: ApiErrorDetails & { method: string; url: string; attempts: number }) {
    super(message, details);
    this.method = details.method;
    this.url = details.url;
    this.attempts = details.attempts;
  }
}

/** The request (or reading its response) took longer than `timeoutMs`, on every attempt. */
export class ApiTimeoutError extends ApiConnectionError {
  override name = "ApiTimeoutError";
  declare readonly timeoutMs: number;

  constructor(message: string, details: ApiErrorDetails & { method: string; url: string; attempts: number; timeoutMs: number }) {
    super(message, details);
    this.timeoutMs = details.timeoutMs;
  }
}

/**
 * The error for a request that got no usable answer: a timeout (`timeoutMs` given) or a connection failure.
 * `what` finishes the sentence, e.g. " while reading the response" or ": fetch failed (3 attempts)".
 */
export function failure(
  method: string,
  rawUrl: string,
  attempts: number,
  what: string,
  cause: unknown,
  timeoutMs?: number,
): ApiConnectionError {
  const url = describeUrl(rawUrl);
  const details = { method, url, attempts, cause };
  return timeoutMs === undefined
    ? new ApiConnectionError(`${method} ${url} failed${what}`, details)
    : new ApiTimeoutError(`${method} ${url} timed out after ${timeoutMs} ms${what}`, { ...details, timeoutMs });
}

/** A URL safe to print: origin and path only (no user info, no query, no fragment). */
export function describeUrl(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return origin + pathname;
  } catch {
    return "(invalid URL)";
  }
}

/** A non-2xx answer where a result object cannot carry it, e.g. a page in the middle of `paginate()`. */
export class ApiResponseError extends ApiError {
  override name = "ApiResponseError";
}

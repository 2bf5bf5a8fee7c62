/**
 * Supplies credentials for each attempt of a request. The transport calls `authorize` before every
 * attempt (so a refreshed token is used on a retry) and `refresh` at most once per call, when the
 * server answers 401, passing back what `authorize` returned for that attempt.
 */
export interface AuthProvider {
  authorize(headers: Headers, signal: AbortSignal): unknown | Promise<unknown>;
  /** Drop the credential `used` (if still current) and get a new one; resolve `true` if sending again can help. */
  refresh?(signal: AbortSignal, used: unknown): Promise<boolean>;
}

/** A static bearer token, e.g. an API key: `Authorization: Bearer <token>`. */
/** A missing token (`undefined`, say, from an unset environment variable) is refused with `what` named. */
export function bearerAuth(token: string | undefined, what = "token"): AuthProvider {
  requireHeaderValue(token, what);
  const value = `Bearer ${token}`;
  return {
    authorize(headers) {
      headers.set("Authorization", value);
    },
  };
}

/** A static key in a named header, e.g. `X-Auth-Token: <key>`. */
export function headerAuth(header: string, value: string | undefined, what = "token"): AuthProvider {
  requireHeaderValue(value, what);
  return {
    authorize(headers) {
      headers.set(header, value);
    },
  };
}

export function requireString(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${what} is required and must be a non-empty string`);
  }
}

/** A header value fetch refuses: CR, LF, NUL, or a character beyond Latin-1. Fetch's own error would quote the value. */
export const unfitForHeader = (value: string): boolean => /[\0\r\n]|[^\0-\xff]/.test(value);

/** A non-empty string that can be sent in a header; the error names `what`, never the value (it may be a secret). */
export function requireHeaderValue(value: unknown, what: string): asserts value is string {
  requireString(value, what);
  if (unfitForHeader(value)) throw new TypeError(`${what} must not contain CR, LF, NUL or characters beyond U+00FF`);
}

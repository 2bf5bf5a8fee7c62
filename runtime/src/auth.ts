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
export function bearerAuth(token: string, what = "token"): AuthProvider {
  requireString(token, what);
  const value = `Bearer ${token}`;
  return {
    authorize(headers) {
      headers.set("Authorization", value);
    },
  };
}

/** A static key in a named header, e.g. `X-Auth-Token: <key>`. */
export function headerAuth(header: string, value: string, what = "token"): AuthProvider {
  requireString(value, what);
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

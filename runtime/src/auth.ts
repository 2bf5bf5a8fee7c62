/**
 * Supplies credentials for each attempt of a request. The transport calls `authorize` before every
 * attempt (so a refreshed token is used on a retry) and `refresh` at most once per request, when the
 * server answers 401.
 */
export interface AuthProvider {
  authorize(headers: Headers, signal: AbortSignal): void | Promise<void>;
  /** Drop cached credentials and get new ones; resolve `true` if sending the request again can help. */
  refresh?(signal: AbortSignal): Promise<boolean>;
}

/** A static bearer token, e.g. an API key: `Authorization: Bearer <token>`. */
export function bearerAuth(token: string, what = "token"): AuthProvider {
  if (typeof token !== "string" || token.trim() === "") {
    throw new TypeError(`${what} is required and must be a non-empty string`);
  }
  const value = `Bearer ${token}`;
  return {
    authorize(headers) {
      headers.set("Authorization", value);
    },
  };
}

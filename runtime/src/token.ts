import type { AuthProvider } from "./auth.js";
import { ApiError, describeUrl } from "./errors.js";
import { untilAborted, type Fetch } from "./transport.js";

export interface Token {
  value: string;
  /** Epoch milliseconds after which the token must not be used; absent when the server gives no lifetime. */
  expiresAt?: number;
  refreshToken?: string;
}

export interface TokenAuthOptions {
  /** Gets a new token. `previous` is the token being replaced, e.g. to use its refresh token. */
  obtain(signal: AbortSignal, previous: Token | undefined): Promise<Token>;
  /** Puts the token on a request. Default: `Authorization: Bearer <token>`. */
  apply?(headers: Headers, token: string): void;
}

/** Renew a minute before expiry (at most half the token's lifetime), so a token never expires in flight. */
const REFRESH_MARGIN_MS = 60_000;
/** Limit for one token request. */
const TOKEN_TIMEOUT_MS = 30_000;

/** The token endpoint refused or failed; carries its status and error body (never the credentials sent). */
export class ApiAuthError extends ApiError {
  override name = "ApiAuthError";
}

/**
 * Token-based auth: the token is fetched on first use, cached until shortly before it expires, and
 * fetched once for any number of concurrent calls (vendors cap how many tokens may be issued). A 401
 * drops the token that call used and fetches one new token, again shared by every waiting call.
 */
export function tokenAuth(options: TokenAuthOptions): AuthProvider & { readonly current: Token | undefined } {
  const apply = options.apply ?? ((headers, token) => headers.set("Authorization", `Bearer ${token}`));
  let current: Token | undefined;
  // A token the server refused stays in `current` (its refresh token may still be good) but is not used.
  let stale = false;
  let pending: Promise<Token> | undefined;

  // Renew `margin` before expiry, but never before half the lifetime: a short-lived token is still used.
  let renewAt = Infinity;
  const fresh = (token: Token | undefined): token is Token => token !== undefined && !stale && Date.now() < renewAt;

  function renew(): Promise<Token> {
    // The shared fetch is not tied to any one caller's signal: one caller giving up must not fail the others.
    pending ??= options
      .obtain(AbortSignal.timeout(TOKEN_TIMEOUT_MS), current)
      .then((token) => {
        const obtainedAt = Date.now();
        renewAt = token.expiresAt === undefined ? Infinity : Math.max(token.expiresAt - REFRESH_MARGIN_MS, obtainedAt + (token.expiresAt - obtainedAt) / 2);
        stale = false;
        return (current = token);
      })
      .finally(() => (pending = undefined));
    return pending;
  }

  return {
    get current() {
      return current;
    },
    // Synchronous while the token is fresh: a promise would add a turn of the microtask queue to every call.
    authorize(headers, signal) {
      if (fresh(current)) {
        apply(headers, current.value);
        return current;
      }
      return untilAborted(renew(), signal).then((token) => {
        apply(headers, token.value);
        return token;
      });
    },
    async refresh(signal, used) {
      if (!pending) {
        // Another call may already have replaced the refused token: then just use the new one.
        if (used !== current && fresh(current)) return true;
        stale = true;
      }
      await untilAborted(pending ?? renew(), signal);
      return true;
    },
  };
}

export interface TokenRequest {
  url: string;
  method?: "POST" | "PUT";
  /** A JSON value, or form-encoded fields. */
  body: unknown;
  encoding: "json" | "form";
  fetch?: Fetch;
  signal: AbortSignal;
}

/** Sends a token request and returns the parsed JSON answer, or throws ApiAuthError with the reason. */
export async function requestToken(request: TokenRequest): Promise<Record<string, unknown>> {
  const method = request.method ?? "POST";
  const where = `${method} ${describeUrl(request.url)}`;
  const body = request.encoding === "json" ? JSON.stringify(request.body) : new URLSearchParams(request.body as Record<string, string>).toString();
  const contentType = request.encoding === "json" ? "application/json" : "application/x-www-form-urlencoded";
  let response: Response;
  try {
    response = await (request.fetch ?? ((r) => globalThis.fetch(r)))(
      new Request(request.url, {
        method,
        headers: { "Content-Type": contentType, Accept: "application/json" },
        body,
        signal: request.signal,
      }),
    );
  } catch (cause) {
    const reason = request.signal.aborted ? "timed out" : `failed: ${cause instanceof Error ? cause.message : String(cause)}`;
    throw new ApiAuthError(`token request ${where} ${reason}`, { cause });
  }
  // A server that echoes the request back must not carry the credentials into an error message.
  const text = redact(await response.text(), request.body);
  let parsed: unknown = text.slice(0, 200);
  try {
    parsed = JSON.parse(text);
  } catch {
    // kept as text for the error below
  }
  if (!response.ok || typeof parsed !== "object" || parsed === null) {
    const detail = describeError(parsed, response.status);
    const what = response.ok ? "answered without a JSON object" : "was refused";
    throw new ApiAuthError(`token request ${where} ${what} with ${response.status}${detail ? `: ${detail}` : ""}`, { status: response.status, body: parsed });
  }
  return parsed as Record<string, unknown>;
}

/** Replaces the values of secret-bearing fields of the request (password, client_secret, api_key, …) in `text`. */
function redact(text: string, sent: unknown): string {
  const secrets = new Set<string>();
  const collect = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      if (value.length >= 4 && /secret|password|token|credential|key/i.test(key)) secrets.add(value).add(encodeURIComponent(value));
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) collect(v, k);
    }
  };
  collect(sent, "");
  for (const secret of secrets) text = text.split(secret).join("[redacted]");
  return text;
}

function describeError(body: unknown, status: number): string {
  if (typeof body === "string") return body.slice(0, 200);
  if (typeof body !== "object" || body === null) return "";
  const b = body as Record<string, unknown>;
  // Some APIs (Kazoo) repeat the status as the error code; it adds nothing to the message.
  const code = b.error === String(status) ? undefined : b.error;
  return [code, b.error_description ?? b.message].filter((v) => typeof v === "string").join(": ");
}

/** Reads an OAuth 2 token response (RFC 6749 §5.1). */
export function oauth2Token(answer: Record<string, unknown>): Token {
  const value = answer.access_token;
  if (typeof value !== "string" || value === "") {
    throw new ApiAuthError("token response has no access_token", { body: Object.keys(answer) });
  }
  const expiresIn = Number(answer.expires_in);
  return {
    value,
    expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : undefined,
    refreshToken: typeof answer.refresh_token === "string" ? answer.refresh_token : undefined,
  };
}

export interface OAuth2ClientCredentialsOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience?: string;
  /** How the token request body is sent. RFC 6749 says form; Auth0-style servers also take JSON. */
  encoding: "json" | "form";
  fetch?: Fetch;
}

/** OAuth 2 client-credentials grant (RFC 6749 §4.4). */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions) {
  const body: Record<string, string> = { grant_type: "client_credentials", client_id: options.clientId, client_secret: options.clientSecret };
  if (options.audience !== undefined) body.audience = options.audience;
  return tokenAuth({
    async obtain(signal) {
      return oauth2Token(await requestToken({ url: options.tokenUrl, body, encoding: options.encoding, fetch: options.fetch, signal }));
    },
  });
}

export interface OAuth2PasswordOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  encoding: "json" | "form";
  fetch?: Fetch;
}

/** OAuth 2 password grant (RFC 6749 §4.3); renews with the refresh token first, then the password again. */
export function oauth2Password(options: OAuth2PasswordOptions) {
  const client = { client_id: options.clientId, client_secret: options.clientSecret };
  const request = (body: Record<string, string>, signal: AbortSignal) =>
    requestToken({ url: options.tokenUrl, body: { ...body, ...client }, encoding: options.encoding, fetch: options.fetch, signal });
  return tokenAuth({
    async obtain(signal, previous) {
      if (previous?.refreshToken) {
        try {
          const token = oauth2Token(await request({ grant_type: "refresh_token", refresh_token: previous.refreshToken }, signal));
          return { ...token, refreshToken: token.refreshToken ?? previous.refreshToken };
        } catch (error) {
          // An expired or revoked refresh token is normal; anything but a refusal is a real failure.
          if (!(error instanceof ApiAuthError) || error.status === undefined || error.status >= 500) throw error;
        }
      }
      return oauth2Token(await request({ grant_type: "password", username: options.username, password: options.password }, signal));
    },
  });
}

/** Lowercase hex SHA-1, via Web Crypto (Node.js and browsers alike). */
export async function sha1Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

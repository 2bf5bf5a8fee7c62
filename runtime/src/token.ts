import { type AuthProvider, unfitForHeader } from "./auth.js";
import { ApiError, ApiResponseError, describeUrl } from "./errors.js";
import { type Fetch, isRedirect, limitBody, redirectTarget, untilAborted, validateTimeout } from "./transport.js";

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
  /** Limit for one token request, its answer read, however long the calls waiting for it would wait. Default 30 000 ms. */
  timeoutMs?: number;
}

/** Renew a minute before expiry (at most half the token's lifetime), so a token never expires in flight. */
const REFRESH_MARGIN_MS = 60_000;
const TOKEN_TIMEOUT_MS = 30_000;
/** The largest token endpoint answer read: a token response is a few kilobytes. */
const TOKEN_MAX_BYTES = 2 ** 20;

/** The token endpoint refused or failed; carries its status and error body (never the credentials sent). */
export class ApiAuthError extends ApiError {
  override name = "ApiAuthError";
}

/**
 * Token-based auth: the token is fetched on first use, cached until shortly before it expires, and
 * fetched once for any number of concurrent calls (vendors cap how many tokens may be issued). A 401
 * drops the token that call used and fetches one new token, again shared by every waiting call.
 *
 * The shared token request is not tied to any one caller's signal (one caller giving up must not fail the
 * others), but it stops when nobody waits for it any more, and at `timeoutMs`: a stalled token endpoint holds
 * up the calls that wait for it, never the calls after them.
 */
export function tokenAuth(options: TokenAuthOptions): AuthProvider & { readonly current: Token | undefined } {
  const apply = options.apply ?? ((headers, token) => headers.set("Authorization", `Bearer ${token}`));
  const timeoutMs = validateTimeout(options.timeoutMs ?? TOKEN_TIMEOUT_MS);
  let current: Token | undefined;
  // A token the server refused stays in `current` (its refresh token may still be good) but is not used.
  let stale = false;
  let pending: { token: Promise<Token>; controller: AbortController; waiting: number } | undefined;

  // Renew `margin` before expiry, but never before half the lifetime: a short-lived token is still used.
  let renewAt = Infinity;
  const fresh = (token: Token | undefined): token is Token => token !== undefined && !stale && Date.now() < renewAt;

  function accept(token: Token): Token {
    // Cached, such a token would fail every later call before it is sent (and some tokens never expire).
    if (unfitForHeader(token.value))
      throw new ApiAuthError(
        "the token endpoint issued a token with CR, LF, NUL or characters beyond U+00FF, which no header can carry",
        {},
      );
    const obtainedAt = Date.now();
    renewAt =
      token.expiresAt === undefined
        ? Infinity
        : Math.max(token.expiresAt - REFRESH_MARGIN_MS, obtainedAt + (token.expiresAt - obtainedAt) / 2);
    stale = false;
    return (current = token);
  }

  /** The shared token request, started if none is in flight, until `signal` aborts. */
  function renew(signal: AbortSignal): Promise<Token> {
    let shared = pending;
    if (!shared) {
      const controller = new AbortController();
      // A timer that holds the controller, rather than AbortSignal.timeout(): nothing it needs can be collected.
      const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
      const started: NonNullable<typeof pending> = { controller, waiting: 0, token: undefined! };
      started.token = options
        .obtain(controller.signal, current)
        .then(accept)
        .finally(() => {
          clearTimeout(timer);
          if (pending === started) pending = undefined;
        });
      shared = pending = started;
    }
    const joined = shared;
    joined.waiting++;
    return untilAborted(joined.token, signal).finally(() => {
      if (--joined.waiting === 0 && pending === joined)
        joined.controller.abort(new DOMException("no call waits for the token any more", "AbortError"));
    });
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
      return renew(signal).then((token) => {
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
      await renew(signal);
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

/**
 * Sends a token request and returns the parsed JSON answer, or throws ApiAuthError with the reason. A token
 * request never follows a redirect (it would carry the credentials elsewhere), and is bounded by its signal
 * even should fetch not honour it.
 */
export async function requestToken(request: TokenRequest): Promise<Record<string, unknown>> {
  const method = request.method ?? "POST";
  const url = normaliseTokenUrl(request.url);
  const where = `${method} ${describeUrl(url)}`;
  const { signal } = request;
  const body =
    request.encoding === "json" ? JSON.stringify(request.body) : new URLSearchParams(request.body as Record<string, string>).toString();
  const contentType = request.encoding === "json" ? "application/json" : "application/x-www-form-urlencoded";
  const sent = new Request(url, { method, headers: { "Content-Type": contentType, Accept: "application/json" }, body });
  let response: Response | undefined;
  let text: string;
  try {
    text = await untilAborted(
      (request.fetch ?? ((r, init) => globalThis.fetch(r, init)))(sent, { signal, redirect: "manual" }).then((answer) => {
        response = answer;
        if (isRedirect(answer)) return "";
        return limitBody(answer, { maxBytes: TOKEN_MAX_BYTES, request: sent }).text();
      }),
      signal,
    );
  } catch (cause) {
    const reason = signal.aborted
      ? "timed out"
      : cause instanceof ApiResponseError
        ? `answered ${response!.status} with more than ${TOKEN_MAX_BYTES} bytes`
        : `failed${response ? " while reading the answer" : ""}: ${cause instanceof Error ? cause.message : String(cause)}`;
    throw new ApiAuthError(`token request ${where} ${reason}`, { status: response?.status, cause });
  }
  if (isRedirect(response!)) {
    response!.body?.cancel().catch(() => undefined);
    const target = redirectTarget(response!, url)?.origin;
    throw new ApiAuthError(
      `token request ${where} was redirected (${response!.status})${target ? ` to ${target}` : ""}; token requests never follow redirects`,
      {
        status: response!.status,
      },
    );
  }
  const { status, ok } = response!;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  if (!ok || typeof parsed !== "object" || parsed === null) {
    // A server that echoes the request back must not carry the credentials into the error (redacted before it
    // is cut short, which could leave part of a secret).
    const redacted = redact(parsed, secretsOf(request.body));
    const shown = typeof redacted === "string" ? redacted.slice(0, 200) : redacted;
    const detail = describeError(shown, status);
    const what = ok ? "answered without a JSON object" : "was refused";
    throw new ApiAuthError(`token request ${where} ${what} with ${status}${detail ? `: ${detail}` : ""}`, { status, body: shown });
  }
  return parsed as Record<string, unknown>;
}

/** The token URL as sent: absolute http(s) without user info, and one slash where a base URL's trailing slash met "/token". */
export function normaliseTokenUrl(value: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password)
    throw new TypeError("tokenUrl (or the baseUrl it is made from) must be an absolute http(s) URL without user info");
  url.pathname = url.pathname.replace(/\/{2,}/g, "/");
  url.hash = "";
  return url.href;
}

/** The values of the request's secret-bearing fields (password, client_secret, api_key, …). */
function secretsOf(sent: unknown, key = "", secrets: string[] = []): string[] {
  if (typeof sent === "string") {
    if (sent.length >= 4 && /secret|password|token|credential|key/i.test(key)) secrets.push(sent);
  } else if (typeof sent === "object" && sent !== null) {
    for (const [k, v] of Object.entries(sent)) secretsOf(v, k, secrets);
  }
  return secrets;
}

/**
 * `value` (the parsed answer, or its text) with every secret replaced wherever it is echoed: in strings and keys,
 * as sent, percent- or form-encoded, or JSON-escaped. A string that would still show a secret once decoded as a
 * form or unescaped as JSON is replaced whole.
 */
function redact(value: unknown, secrets: string[]): unknown {
  if (typeof value === "string") {
    let text = value;
    for (const secret of secrets) {
      for (const form of [
        secret,
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
        JSON.stringify(secret).slice(1, -1),
      ]) {
        text = text.split(form).join("[redacted]");
      }
    }
    const decoded = [formDecode(text), jsonUnescape(text)];
    return secrets.some((secret) => decoded.some((d) => d.includes(secret))) ? "[redacted]" : text;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redact(v, secrets)]));
  return value;
}

const formDecode = (text: string) =>
  text.replace(/\+/g, " ").replace(/(?:%[\da-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
const jsonUnescape = (text: string) =>
  text
    .replace(/\\u([\da-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(.)/g, (_, c: string) => ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" })[c] ?? c);

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
  /** Limit for one token request (see TokenAuthOptions). */
  timeoutMs?: number;
}

/** OAuth 2 client-credentials grant (RFC 6749 §4.4). */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions) {
  const url = normaliseTokenUrl(options.tokenUrl);
  const body: Record<string, string> = {
    grant_type: "client_credentials",
    client_id: options.clientId,
    client_secret: options.clientSecret,
  };
  if (options.audience !== undefined) body.audience = options.audience;
  return tokenAuth({
    timeoutMs: options.timeoutMs,
    async obtain(signal) {
      return oauth2Token(await requestToken({ url, body, encoding: options.encoding, fetch: options.fetch, signal }));
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
  /** Limit for one token request (see TokenAuthOptions). */
  timeoutMs?: number;
}

/** OAuth 2 password grant (RFC 6749 §4.3); renews with the refresh token first, then the password again. */
export function oauth2Password(options: OAuth2PasswordOptions) {
  const url = normaliseTokenUrl(options.tokenUrl);
  const client = { client_id: options.clientId, client_secret: options.clientSecret };
  const request = (body: Record<string, string>, signal: AbortSignal) =>
    requestToken({ url, body: { ...body, ...client }, encoding: options.encoding, fetch: options.fetch, signal });
  return tokenAuth({
    timeoutMs: options.timeoutMs,
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

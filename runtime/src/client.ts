import createClient, { type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import type { AuthProvider } from "./auth.js";
import { ApiTimeoutError, describeUrl } from "./errors.js";
import { resolveRetryPolicy, type RetryOptions } from "./retry.js";
import { createTransport, validateTimeout, type Fetch, type PerRequestOptions } from "./transport.js";

/** What the generator knows about each operation, keyed by `"METHOD /path/{template}"`. */
export interface OperationInfo {
  /** false when the spec declares `security: []` for the operation. */
  auth: boolean;
  /** Name of the idempotency header the operation accepts; the client fills it with a fresh UUID per call. */
  idempotencyHeader?: string;
}
export type OperationTable = Readonly<Record<string, OperationInfo>>;

/** Options every generated client accepts. */
export interface ClientOptions {
  /** Overrides the server from the spec, e.g. a Prism mock: `http://127.0.0.1:4010`. */
  baseUrl?: string;
  /** A fetch implementation (default: the global one). Retries, timeouts and auth wrap it. */
  fetch?: Fetch;
  /** Default per-attempt timeout in milliseconds. Default 60 000. */
  timeoutMs?: number;
  /** Retry policy, or `false` to never retry. */
  retry?: RetryOptions | false;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

export interface ApiClientConfig extends ClientOptions {
  baseUrl: string;
  auth?: AuthProvider;
  operations: OperationTable;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/** The error value when the server sent no body, or a body that is not JSON. */
export interface UnexpectedErrorBody {
  status: number;
  message: string;
}

type ApiResult<T extends Record<string | number, any>, Init, Media extends MediaType> =
  FetchResponse<T, Init, Media> extends infer R
    ? R extends { error?: never }
      ? R & { status: number }
      : R extends { error: infer E; response: Response }
        ? { data?: never; error: Exclude<E, undefined> | UnexpectedErrorBody; response: Response; status: number }
        : never
    : never;

/** Results are typed from JSON bodies; text and binary bodies are read with `parseAs` or `download`. */
type JsonMedia = `${string}/${string}json${string}`;

type InitArgs<Init> = RequiredKeysOf<Init> extends never ? [(Init & PerRequestOptions)?] : [Init & PerRequestOptions];

type ApiMethod<Paths extends Record<string, any>, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitArgs<Init>
) => Promise<ApiResult<Paths[Path][Method], Init, JsonMedia>>;

/** A downloaded file: its bytes, the name from `Content-Disposition` (if any) and its media type. */
export interface DownloadedFile {
  bytes: Uint8Array;
  fileName: string | undefined;
  contentType: string | undefined;
}

type DownloadMethod<Paths extends Record<string, any>> = <
  Path extends PathsWithMethod<Paths, "get">,
  Init extends MaybeOptionalInit<Paths[Path], "get">,
>(
  url: Path,
  init: Init & PerRequestOptions & { accept: string },
) => Promise<
  | { data: DownloadedFile; error?: never; response: Response; status: number }
  | { data?: never; error: ApiResult<Paths[Path]["get"], Init, JsonMedia>["error"] & {}; response: Response; status: number }
>;

/**
 * An openapi-fetch client whose results always carry `status`, and whose `error` is never
 * `undefined` on a non-2xx response (openapi-fetch leaves it undefined when the body is empty).
 */
export interface ApiClient<Paths extends Record<string, any>> {
  GET: ApiMethod<Paths, "get">;
  PUT: ApiMethod<Paths, "put">;
  POST: ApiMethod<Paths, "post">;
  DELETE: ApiMethod<Paths, "delete">;
  PATCH: ApiMethod<Paths, "patch">;
  HEAD: ApiMethod<Paths, "head">;
  OPTIONS: ApiMethod<Paths, "options">;
  /** GETs a binary representation (e.g. `accept: "audio/*"`) and returns its bytes and file name. */
  download: DownloadMethod<Paths>;
  /** Register openapi-fetch middleware; it runs once per call, above retries. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

export function createApiClient<Paths extends Record<string, any>>(config: ApiClientConfig): ApiClient<Paths> {
  const baseUrl = validateBaseUrl(config.baseUrl);
  const timeoutMs = validateTimeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const anonymous = new WeakSet<Request>();
  const transport = createTransport({
    fetch: config.fetch,
    auth: config.auth,
    timeoutMs,
    retry: resolveRetryPolicy(config.retry),
    needsAuth: (request) => !anonymous.has(request),
  });
  const raw = createClient<Paths>({ baseUrl, headers: config.headers, fetch: transport });
  raw.use({
    onRequest({ request, schemaPath }) {
      const operation = config.operations[`${request.method} ${schemaPath}`];
      if (operation && !operation.auth) anonymous.add(request);
      const header = operation?.idempotencyHeader;
      // Set once here, above the retry loop, so every attempt of this call carries the same key.
      if (header && !request.headers.has(header)) request.headers.set(header, crypto.randomUUID());
    },
  });

  const method = (name: string) =>
    async (url: string, init?: Record<string, unknown>) => {
      let result: { data?: unknown; error?: unknown; response: Response };
      try {
        result = await raw.request(name as never, url as never, init as never);
      } catch (error) {
        throw bodyTimeout(error, name, baseUrl + url, (init?.timeoutMs as number | undefined) ?? timeoutMs);
      }
      const { response } = result;
      if (!response.ok && (result.error === undefined || typeof result.error === "string")) {
        const text = typeof result.error === "string" ? result.error.trim() : "";
        result.error = {
          status: response.status,
          message: text ? text.slice(0, 500) : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        } satisfies UnexpectedErrorBody;
      }
      return Object.assign(result, { status: response.status });
    };

  return {
    GET: method("GET"),
    PUT: method("PUT"),
    POST: method("POST"),
    DELETE: method("DELETE"),
    PATCH: method("PATCH"),
    HEAD: method("HEAD"),
    OPTIONS: method("OPTIONS"),
    async download(url: string, init: Record<string, unknown> & { accept: string }) {
      const { accept, headers, ...rest } = init;
      const result = await method("GET")(url, { ...rest, headers: { ...(headers as object), Accept: accept }, parseAs: "arrayBuffer" });
      if (result.error !== undefined) return result;
      const { response } = result;
      return {
        ...result,
        data: {
          bytes: new Uint8Array(result.data as ArrayBuffer),
          fileName: fileNameOf(response.headers.get("Content-Disposition")),
          contentType: response.headers.get("Content-Type") ?? undefined,
        },
      };
    },
    use: (...middleware) => raw.use(...middleware),
    eject: (...middleware) => raw.eject(...middleware),
  } as ApiClient<Paths>;
}

/** The file name in a Content-Disposition header; `filename*` (RFC 6266, UTF-8) wins over `filename`. */
export function fileNameOf(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/.exec(header);
  if (!plain) return undefined;
  return plain[2] !== undefined ? plain[2].replace(/\\(.)/g, "$1") : plain[1]!.trim();
}

/** The per-attempt timer also covers reading the body; that abort surfaces here, after the transport. */
function bodyTimeout(error: unknown, method: string, url: string, timeoutMs: number): unknown {
  if (error instanceof Error && error.name === "TimeoutError") {
    return new ApiTimeoutError(`${method} ${describeUrl(url)} timed out after ${timeoutMs} ms while reading the response`, {
      method,
      url: describeUrl(url),
      attempts: 1,
      timeoutMs,
      cause: error,
    });
  }
  return error;
}

function validateBaseUrl(value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`baseUrl must be a string URL, got ${typeof value}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`baseUrl must use http or https, got "${url.protocol}"`);
  }
  if (url.username || url.password) throw new TypeError("baseUrl must not contain credentials; pass them as client options");
  return value;
}

/** Checks a server-variable option (e.g. a region) against the values the spec allows. */
export function serverVariable(name: string, value: string | undefined, allowed: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new TypeError(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}

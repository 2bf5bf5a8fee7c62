import createClient, { type Middleware } from "openapi-fetch";
import type { AuthProvider } from "./auth.js";
import { ApiResponseError, describeUrl, failure } from "./errors.js";
import type { MultipartParts } from "./multipart.js";
import type { Pagination } from "./pagination.js";
import { resolveRetryPolicy, type RetryOptions } from "./retry.js";
import { attemptTimer, createTransport, reason, validateTimeout, type AttemptTimer, type CallContext, type Fetch } from "./transport.js";
import type { ApiMethod, ApiResult, CallArgs, CallInit, HttpMethod, PathsWith, SuccessBody, UnexpectedErrorBody } from "./types.js";

/**
 * What the generator knows about an operation, keyed by `"METHOD /path/{template}"`. Operations that
 * only need the API's usual credentials have no entry.
 */
export interface OperationInfo {
  /** false when the spec declares `security: []` for the operation. */
  auth?: false;
  /** Name of the idempotency header the operation accepts; the client fills it with a fresh UUID per call. */
  idempotencyHeader?: string;
  /** The request body is multipart/form-data with these parts. */
  multipart?: MultipartParts;
  /** The JSON request body is wrapped in the API's envelope. */
  envelope?: true;
  /** false for a PUT that creates a resource: it is not retried. */
  replay?: false;
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
  /** The property that carries the document in request and success bodies, e.g. Kazoo's `data`. */
  envelope?: string;
  /** Builds multipart bodies; passed only by clients whose API has multipart operations (`toFormData`). */
  formData?: (body: unknown, parts: MultipartParts) => FormData;
  /** Adds an idempotency key unless the caller set one; passed only by clients whose API takes one (`withIdempotencyKey`). */
  idempotencyKey?: (header: string, init: Record<string, unknown>, defaults: Record<string, string> | undefined) => HeadersInit | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/** A downloaded file: its bytes, the name from `Content-Disposition` (if any) and its media type. */
export interface DownloadedFile {
  bytes: Uint8Array;
  fileName: string | undefined;
  contentType: string | undefined;
}

type DownloadMethod<Paths> = <P extends PathsWith<Paths, "get">>(
  url: P,
  init: CallInit<Paths[P]["get" & keyof Paths[P]]> & { accept: string },
) => Promise<
  | { data: DownloadedFile; error?: never; response: Response; status: number }
  | { data?: never; error: ApiResult<Paths[P]["get" & keyof Paths[P]]>["error"] & {}; response: Response; status: number }
>;

/** The item type of a paged list: the array itself, or Spring-style `content`. */
// Indexed access rather than `infer`, so that intersections of array types (allOf) keep their item type.
type PageItem<D> = D extends { content?: infer C }
  ? NonNullable<C> extends readonly unknown[]
    ? NonNullable<C>[number]
    : unknown
  : D extends readonly unknown[]
    ? D[number]
    : unknown;
type PageItemOf<D> = PageItem<NonNullable<D>>;
type PaginateMethod<Paths> = <P extends PathsWith<Paths, "get">>(
  url: P,
  ...init: CallArgs<Paths[P]["get" & keyof Paths[P]]>
) => AsyncIterable<PageItemOf<SuccessBody<Paths[P]["get" & keyof Paths[P]]>>>;

/**
 * An openapi-fetch client whose results always carry `status`, and whose `error` is never
 * `undefined` on a non-2xx response (openapi-fetch leaves it undefined when the body is empty).
 */
export interface ApiClient<Paths extends Record<string, any>, Envelope = never> {
  GET: ApiMethod<Paths, "get", Envelope>;
  PUT: ApiMethod<Paths, "put", Envelope>;
  POST: ApiMethod<Paths, "post", Envelope>;
  DELETE: ApiMethod<Paths, "delete", Envelope>;
  PATCH: ApiMethod<Paths, "patch", Envelope>;
  HEAD: ApiMethod<Paths, "head", Envelope>;
  OPTIONS: ApiMethod<Paths, "options", Envelope>;
  /** Register openapi-fetch middleware; it runs once per call, above retries. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

type Success = 200 | 201 | 202 | 203 | 206 | "2XX";
type Unwrap<Content, P extends string> = {
  [M in keyof Content]: M extends `${string}json${string}` ? (P extends keyof Content[M] ? Content[M][P] : Content[M]) : Content[M];
};
type UnwrapBody<T, P extends string> = T extends { content: infer C } ? Omit<T, "content"> & { content: Unwrap<C, P> } : T;
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** A request body is only a plain envelope (and wrapped by the client) when nothing but the envelope is required. */
type UnwrapRequest<T, P extends string> = T extends { content: infer C }
  ? Omit<T, "content"> & {
      content: { [M in keyof C]: [Exclude<RequiredKeys<C[M]>, P>] extends [never] ? (P extends keyof C[M] ? C[M][P] : C[M]) : C[M] };
    }
  : T;
type UnwrapOperation<Op, P extends string> = {
  [K in keyof Op]: K extends "requestBody"
    ? UnwrapRequest<Op[K], P>
    : K extends "responses"
      ? { [S in keyof Op[K]]: S extends Success ? UnwrapBody<Op[K][S], P> : Op[K][S] }
      : Op[K];
};
/** The paths of an enveloped API as callers see them: request and success bodies are the documents inside the envelope. */
export type UnwrappedPaths<Paths, P extends string> = {
  [Path in keyof Paths]: { [M in keyof Paths[Path]]: M extends HttpMethod ? UnwrapOperation<Paths[Path][M], P> : Paths[Path][M] };
};

/** For clients whose API serves binary bodies (see `withDownload`). */
export interface DownloadClient<Paths extends Record<string, any>> {
  /** GETs a binary representation (e.g. `accept: "audio/*"`) and returns its bytes and file name. */
  download: DownloadMethod<Paths>;
}

/** For clients whose API pages its lists (see `withPagination`). */
export interface PagedClient<Paths extends Record<string, any>> {
  /** Every item of a paged list, fetching pages as the loop asks for them. A failed page throws ApiResponseError. */
  paginate: PaginateMethod<Paths>;
}

type RawResult = { data?: unknown; error?: unknown; response: Response; status?: number; envelope?: unknown };
type Send = (name: string, url: string, init?: Record<string, unknown>) => Promise<RawResult>;

// The features below reach a client's internals through this map, so that a client only bundles the ones its API uses.
const internals = new WeakMap<object, { send: Send }>();

export function createApiClient<Paths extends Record<string, any>, Envelope = never>(config: ApiClientConfig): ApiClient<Paths, Envelope> {
  const baseUrl = validateBaseUrl(config.baseUrl);
  const timeoutMs = validateTimeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const { operations, envelope } = config;
  const transport = createTransport({ fetch: config.fetch, auth: config.auth, timeoutMs, retry: resolveRetryPolicy(config.retry) });
  const raw = createClient<Paths>({ baseUrl, headers: config.headers, fetch: transport });

  async function send(name: string, url: string, init: Record<string, unknown> = {}): Promise<RawResult> {
    checkPathParameters(url, (init.params as { path?: Record<string, unknown> } | undefined)?.path);
    const operation = operations[`${name} ${url}`];
    const timer = attemptTimer(init.timeoutMs === undefined ? timeoutMs : validateTimeout(init.timeoutMs), init.signal as AbortSignal | undefined);
    // Per-operation facts travel on the Request (openapi-fetch copies unknown init keys onto it) to the transport.
    let options: Record<string, unknown> & CallContext = { ...init, apispecTimer: timer };
    if (operation?.auth === false) options.apispecAnonymous = true;
    if (operation?.replay === false) options.apispecNoReplay = true;
    const key = operation?.idempotencyHeader;
    // Set once per call, above the retry loop, so every attempt carries the same key.
    const headers = key && config.idempotencyKey?.(key, init, config.headers);
    if (headers) options.headers = headers;
    if (operation?.multipart && config.formData && init.body !== undefined) {
      const parts = operation.multipart;
      const formData = config.formData;
      options.bodySerializer = (body: unknown) => formData(body, parts);
    } else if (envelope && operation?.envelope && init.body !== undefined) {
      options.body = { [envelope]: init.body };
    }
    let result: RawResult;
    try {
      result = await raw.request(name as never, url as never, options as never);
    } catch (error) {
      throw readFailure(error, name, timer);
    } finally {
      timer.clear();
    }
    const { response } = result;
    result.status = response.status;
    if (!response.ok && (result.error === undefined || typeof result.error === "string")) {
      const text = typeof result.error === "string" ? result.error.trim() : "";
      result.error = {
        status: response.status,
        message: text ? text.slice(0, 500) : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
      } satisfies UnexpectedErrorBody;
    }
    // Every JSON object an enveloped API answers with is an envelope; a missing document is `undefined`.
    if (envelope && response.ok && typeof result.data === "object" && result.data !== null && !Array.isArray(result.data)) {
      result.envelope = result.data;
      result.data = (result.data as Record<string, unknown>)[envelope];
    }
    return result;
  }

  const method = (name: string) => (url: string, init?: Record<string, unknown>) => send(name, url, init);

  const client = {
    GET: method("GET"),
    PUT: method("PUT"),
    POST: method("POST"),
    DELETE: method("DELETE"),
    PATCH: method("PATCH"),
    HEAD: method("HEAD"),
    OPTIONS: method("OPTIONS"),
    use: (...middleware) => raw.use(...middleware),
    eject: (...middleware) => raw.eject(...middleware),
  } as ApiClient<Paths, Envelope>;
  internals.set(client, { send });
  return client;
}

function internalsOf(client: object) {
  const found = internals.get(client);
  if (!found) throw new TypeError("not a client made by createApiClient");
  return found;
}

/** Adds `download()` for binary bodies: the bytes, the media type and the name from Content-Disposition. */
export function withDownload<C extends ApiClient<any, any>>(client: C): C & DownloadClient<C extends ApiClient<infer P, any> ? P : never> {
  const { send } = internalsOf(client);
  return Object.assign(client, {
    async download(url: string, init: Record<string, unknown> & { accept: string }) {
      const { accept, headers, ...rest } = init;
      const result = await send("GET", url, { ...rest, headers: { ...(headers as object), Accept: accept }, parseAs: "arrayBuffer" });
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
  }) as never;
}

/** Adds `paginate()`, following the API's paging convention (the spec's `x-pagination`). */
export function withPagination<C extends ApiClient<any, any>>(
  client: C,
  pagination: Pagination,
  /** The GET paths that take the paging parameter. */
  paged: readonly string[],
): C & PagedClient<C extends ApiClient<infer P, any> ? P : never> {
  const { send } = internalsOf(client);
  return Object.assign(client, {
    paginate(url: string, init: Record<string, unknown> = {}) {
      if (!paged.includes(url)) throw new TypeError(`GET ${url} is not a paged operation of this API`);
      return {
        async *[Symbol.asyncIterator]() {
          const params = (init.params ?? {}) as Record<string, unknown>;
          let query = { ...(params.query as object) } as Record<string, unknown>;
          for (let page = 1; ; page++) {
            const result = await send("GET", url, { ...init, params: { ...params, query } });
            if (result.error !== undefined) throw new ApiResponseError(`GET ${url} (page ${page}) failed with ${result.status}`, result.status, result.error);
            const body = (result.envelope ?? result.data) as Record<string, unknown>;
            const items = body?.[pagination.items];
            if (!Array.isArray(items)) throw new ApiResponseError(`GET ${url} answered without a "${pagination.items}" list`, result.status, body);
            yield* items;
            // Page numbers: the next one until the last page; cursors: the one the answer gives, until none.
            const next =
              pagination.kind === "page"
                ? body[pagination.lastPage] === true || items.length === 0 ? undefined : Number(query[pagination.pageParameter] ?? 0) + 1
                : body[pagination.nextCursor] || undefined;
            if (next === undefined) return;
            query = { ...query, [pagination.kind === "page" ? pagination.pageParameter : pagination.cursorParameter]: next };
          }
        },
      };
    },
  }) as never;
}

/** The call's headers with a fresh UUID in `header`, or undefined when the caller already chose a key. */
export function withIdempotencyKey(header: string, init: Record<string, unknown>, defaults: Record<string, string> | undefined): HeadersInit | undefined {
  const params = init.params as { header?: Record<string, unknown> } | undefined;
  if (hasHeader(header, params?.header, init.headers, defaults)) return undefined;
  return withHeader(init.headers, header, crypto.randomUUID());
}

function hasHeader(name: string, ...sources: unknown[]): boolean {
  const lower = name.toLowerCase();
  return sources.some((source) =>
    source instanceof Headers ? source.has(name) : typeof source === "object" && source !== null && Object.keys(source).some((k) => k.toLowerCase() === lower),
  );
}

function withHeader(headers: unknown, name: string, value: string): HeadersInit {
  if (headers instanceof Headers || Array.isArray(headers)) {
    const copy = new Headers(headers as HeadersInit);
    copy.set(name, value);
    return copy;
  }
  return { ...(headers as Record<string, string> | undefined), [name]: value };
}

/**
 * Every `{name}` in the path template needs a value that stays inside its segment. Values are
 * percent-encoded, but "", "." and ".." would still change the path (URL parsers resolve dot
 * segments, even encoded ones), so they are refused.
 */
function checkPathParameters(template: string, values: Record<string, unknown> | undefined) {
  for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
    const value = values?.[name!];
    if ((typeof value !== "string" && typeof value !== "number") || value === "" || value === "." || value === "..") {
      throw new TypeError(`path parameter ${name} of ${template} must be a string or number other than "", "." and "..", got ${JSON.stringify(value)}`);
    }
  }
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

/**
 * Errors raised after the answer arrived, while openapi-fetch reads its body, made as clear as the transport's
 * own: the method, the real URL and the status, never just undici's "terminated".
 */
function readFailure(error: unknown, method: string, timer: AttemptTimer): unknown {
  if (timer.status === undefined || !(error instanceof Error)) return error;
  if (error instanceof SyntaxError) {
    return new ApiResponseError(
      `${method} ${describeUrl(timer.url!)} answered ${timer.status} with a body that is not JSON (${error.message}); for a text answer pass parseAs: "text"`,
      timer.status,
      undefined,
    );
  }
  const reading = " while reading the response";
  if (error.name === "TimeoutError") return failure(method, timer.url!, 1, reading, error, timer.timeoutMs);
  return error instanceof TypeError ? failure(method, timer.url!, 1, `${reading}: ${reason(error)}`, error) : error;
}

function validateBaseUrl(value: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol)) throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  if (url.username || url.password) throw new TypeError("baseUrl must not contain credentials; pass them as client options");
  return value as string;
}

/** Checks a server-variable option (e.g. a region) against the values the spec allows. */
export function serverVariable(name: string, value: string | undefined, allowed: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new TypeError(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}

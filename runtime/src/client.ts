import createClient, { type Middleware } from "openapi-fetch";
import type { AuthProvider } from "./auth.js";
import { ApiResponseError } from "./errors.js";
import type { MultipartParts } from "./multipart.js";
import type { Pagination } from "./pagination.js";
import { resolveRetryPolicy, type RetryOptions } from "./retry.js";
import { Call } from "./call.js";
import { createTransport, pause, recover, retryDelay, validateTimeout, type Fetch } from "./transport.js";
import type { ApiMethod, ApiResult, CallArgs, CallInit, HttpMethod, PathsWith, SuccessBody, UnexpectedErrorBody } from "./types.js";

/** What the generator knows about an operation. */
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
/**
 * The operations that differ from "needs the API's usual credentials", by path template and method. Keyed by
 * the path the caller wrote, so that a lookup hashes no string built per call.
 */
export type OperationTable = Readonly<Record<string, Readonly<Partial<Record<string, OperationInfo>>>>>;

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
type PaginateMethod<Paths, Paged extends string> = <P extends Paged & PathsWith<Paths, "get">>(
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
  /** Register openapi-fetch middleware; it runs for each attempt, so it sees retries too. */
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
/** An operation as callers of an enveloped API see it: request and success bodies are the documents inside. */
export type UnwrapOperation<Op, P extends string> = {
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

/** For clients whose API pages its lists (see `withPagination`); `Paged` names the paged GET paths. */
export interface PagedClient<Paths extends Record<string, any>, Paged extends string = PathsWith<Paths, "get">> {
  /** Every item of a paged list, fetching pages as the loop asks for them. A failed page throws ApiResponseError. */
  paginate: PaginateMethod<Paths, Paged>;
}

type RawResult = { data?: unknown; error?: unknown; response: Response; status?: number; envelope?: unknown };
type Send = (name: string, url: string, init?: Record<string, unknown>) => Promise<RawResult>;

// The features below (added by the generated factories) reach a client's `send` through this map, so that a
// client only bundles the ones its API uses.
const internals = new WeakMap<object, Send>();

export function createApiClient<Paths extends Record<string, any>, Envelope = never>(config: ApiClientConfig): ApiClient<Paths, Envelope> {
  const baseUrl = validateBaseUrl(config.baseUrl);
  const timeoutMs = validateTimeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const { operations, envelope, auth } = config;
  const transport = createTransport(config.fetch, auth);
  const retryPolicy = resolveRetryPolicy(config.retry);
  // The call being sent: without middleware openapi-fetch calls fetch before `raw.request` returns, so the
  // call is handed over here instead of as an option (each option costs openapi-fetch about 10 % of a call).
  let handoff: Call | undefined;
  let middleware = false;
  const raw = createClient<Paths>({ baseUrl, headers: config.headers, fetch: (request: Request) => transport(request, handoff!) });

  async function send(name: string, url: string, init: Record<string, unknown> = {}): Promise<RawResult> {
    const { params, timeoutMs: callTimeout, retry, signal, ...options } = init as Record<string, unknown> & { params?: Params };
    const operation = operations[url]?.[name];
    const policy = retry === undefined ? retryPolicy : resolveRetryPolicy(retry as RetryOptions | false, retryPolicy);
    const call = new Call(
      callTimeout === undefined ? timeoutMs : validateTimeout(callTimeout),
      signal as AbortSignal | undefined,
      operation?.auth === false,
      operation?.replay === false,
      init.parseAs === "stream",
    );
    // The path is filled in here, where it is checked anyway: openapi-fetch's parameters cost 15 % of a call even
    // when empty. Middleware gets the call as openapi-fetch documents it: path template and parameters.
    let path = fillPath(url, params?.path);
    if (middleware || options.middleware) {
      path = url;
      options.params = params;
    } else if (params?.query || params?.header || params?.cookie) {
      options.params = { ...params, path: undefined };
    }
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
      for (let retries = 0, refreshed = false; ; ) {
        try {
          // One attempt: the request built and sent by openapi-fetch, its answer read. Middleware (perhaps added
          // since the call began) may run before fetch is called, so the call then goes with a fetch of its own.
          if (middleware || options.middleware) options.fetch = (request: Request) => transport(request, call);
          handoff = call;
          result = await raw.request(name as never, path as never, options as never);
        } catch (cause) {
          await recover(name, cause, call, policy, retries++);
          continue;
        }
        const { response } = result;
        if (response.status === 401 && !refreshed && !call.anonymous && auth?.refresh) {
          refreshed = true;
          if (!(await auth.refresh(call.signal, call.credential))) break;
          call.restart();
          continue;
        }
        const delay = retryDelay(response, call, policy, retries);
        if (delay === undefined) break;
        await pause(call, delay);
        retries++;
      }
    } finally {
      call.stop();
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
    // Every JSON object an enveloped API answers with is an envelope; a missing document is `undefined`. Bodies read
    // as bytes, text or a stream (downloads) are never envelopes.
    const json = init.parseAs === undefined || init.parseAs === "json";
    if (envelope && json && response.ok && typeof result.data === "object" && result.data !== null && !Array.isArray(result.data)) {
      result.envelope = result.data;
      result.data = (result.data as Record<string, unknown>)[envelope];
    }
    return result;
  }

  const client = {
    use: (...added) => {
      middleware = true;
      raw.use(...added);
    },
    eject: raw.eject,
  } as ApiClient<Paths, Envelope>;
  for (const name of ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"]) {
    (client as unknown as Record<string, unknown>)[name] = (url: string, init?: Record<string, unknown>) => send(name, url, init);
  }
  internals.set(client, send);
  return client;
}

/** Adds `download()` for binary bodies: the bytes, the media type and the name from Content-Disposition. */
export function withDownload<C extends ApiClient<any, any>>(client: C): C & DownloadClient<C extends ApiClient<infer P, any> ? P : never> {
  const send = internals.get(client)!;
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
export function withPagination<C extends ApiClient<any, any>>(client: C, pagination: Pagination): C & PagedClient<C extends ApiClient<infer P, any> ? P : never> {
  const send = internals.get(client)!;
  return Object.assign(client, {
    paginate(url: string, init: Record<string, unknown> = {}) {
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

type Params = { path?: Record<string, unknown>; query?: unknown; header?: unknown; cookie?: unknown };

/**
 * The path with its parameters filled in. Every `{name}` in the template needs a value that stays inside its
 * segment. Values are percent-encoded, but "", "." and ".." would still change the path (URL parsers resolve
 * dot segments, even encoded ones), so they are refused.
 */
function fillPath(template: string, values: Record<string, unknown> | undefined): string {
  let path = "";
  let done = 0;
  for (let open = template.indexOf("{"); open !== -1; open = template.indexOf("{", done)) {
    const close = template.indexOf("}", open);
    if (close === -1) break;
    const name = template.slice(open + 1, close);
    const value = values?.[name];
    if ((typeof value !== "string" && typeof value !== "number") || value === "" || value === "." || value === "..") {
      throw new TypeError(`path parameter ${name} of ${template} must be a string or number other than "", "." and "..", got ${JSON.stringify(value)}`);
    }
    path += template.slice(done, open) + encodeURIComponent(value);
    done = close + 1;
  }
  return path + template.slice(done);
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

import createClient, { type Middleware } from "openapi-fetch";
import { type AuthProvider, unfitForHeader } from "./auth.js";
import { Call } from "./call.js";
import { describeUrl } from "./errors.js";
import { attemptLog, attemptOf, type Logger, type LogLevel } from "./logger.js";
import type { MultipartParts } from "./multipart.js";
import { type RetryOptions, resolveRetryPolicy } from "./retry.js";
import {
  createTransport,
  type Fetch,
  isRedirect,
  pause,
  type RedirectPolicy,
  recover,
  redirectTarget,
  retryDelay,
  validateMaxBytes,
  validateRedirect,
  validateTimeout,
} from "./transport.js";
import {
  type ApiMethod,
  type ApiResult,
  type CallInit,
  type HttpMethod,
  METHODS,
  type OkStatus,
  type PathsWith,
  type UnexpectedErrorBody,
} from "./types.js";

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
  /** false when the spec marks the operation `x-idempotent: false`: it is never retried. */
  replay?: false;
  /** The operation takes a file as its body, sent as-is; this media type unless the caller's Blob or header names one. */
  raw?: string;
  /** The operation's own server (its `servers` in the spec): where it goes while the client uses `defaultBaseUrl`. */
  server?: string;
}
/**
 * What the runtime needs to know per operation: for each method the usual case (`defaults`), and by path template
 * and method the operations that differ from it, so that the table stays small however many operations there are.
 * Keyed by the path the caller wrote, so that a lookup hashes no string built per call.
 */
export interface OperationTable {
  readonly defaults: Readonly<Partial<Record<string, OperationInfo>>>;
  readonly paths: Readonly<Record<string, Readonly<Partial<Record<string, OperationInfo>>>>>;
}

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
  /** Which redirects calls follow (see RedirectPolicy); default "follow-same-origin". */
  redirect?: RedirectPolicy;
  /** The largest body read into memory, in bytes (JSON, text, blob, arrayBuffer; not streams). Default 64 MiB. */
  maxResponseBytes?: number;
  /**
   * Told of every attempt: method, URL (origin and path), status, attempt number, duration and retry delay; never
   * a credential, query string or body. `console` will do.
   */
  logger?: Logger;
  /** The least severe level logged: 2xx answers are "info", the rest "warn". Default "info"; alone, logs to the console. */
  logLevel?: LogLevel;
}

export interface ApiClientConfig extends ClientOptions {
  baseUrl: string;
  auth?: AuthProvider;
  operations: OperationTable;
  /**
   * The spec's own server. While the client uses it, an operation with a server of its own goes there; with any
   * other base URL (a mock, a proxy) every operation goes to that one.
   */
  defaultBaseUrl?: string;
  /** The property that carries the document in request and success bodies, e.g. `data`. */
  envelope?: string;
  /** Builds multipart bodies; passed only by clients whose API has multipart operations (`toFormData`). */
  formData?: (body: unknown, parts: MultipartParts) => FormData;
  /** Adds an idempotency key unless the caller set one; passed only by clients whose API takes one (`withIdempotencyKey`). */
  idempotencyKey?: (header: string, init: Record<string, unknown>, defaults: Record<string, string> | undefined) => HeadersInit | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 2 ** 20;
/** Same-origin redirects a call follows in a row. */
const MAX_REDIRECTS = 10;

/** A downloaded file: its bytes, the name from `Content-Disposition` (if any, reduced to a safe base name) and its media type. */
export interface DownloadedFile {
  bytes: Uint8Array;
  fileName: string | undefined;
  contentType: string | undefined;
}
/** A download handed over as it arrives (`stream: true`), for files too large to hold in memory. */
export interface StreamedFile {
  stream: ReadableStream<Uint8Array>;
  fileName: string | undefined;
  contentType: string | undefined;
}

type DownloadMethod<Paths> = <P extends PathsWith<Paths, "get">, S extends boolean = false>(
  url: P,
  init: CallInit<Paths[P]["get" & keyof Paths[P]]> & { accept: string; stream?: S },
) => Promise<
  | { data: S extends true ? StreamedFile : DownloadedFile; error?: never; response: Response; status: number }
  | { data?: never; error: ApiResult<Paths[P]["get" & keyof Paths[P]]>["error"] & {}; response: Response; status: number }
>;

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
      ? { [S in keyof Op[K]]: S extends OkStatus ? UnwrapBody<Op[K][S], P> : Op[K][S] }
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

export type RawResult = { data?: unknown; error?: unknown; response: Response; status?: number; envelope?: unknown };
export type Send = (name: string, url: string, init?: Record<string, unknown>) => Promise<RawResult>;

// The features added by the generated factories (download, paginate) reach a client's `send` through this map,
// so that a client only bundles the ones its API uses.
const internals = new WeakMap<object, Send>();
export const sendOf = (client: object): Send => internals.get(client)!;

export function createApiClient<Paths extends Record<string, any>, Envelope = never>(config: ApiClientConfig): ApiClient<Paths, Envelope> {
  const baseUrl = validateBaseUrl(config.baseUrl);
  const timeoutMs = validateTimeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const redirectPolicy = validateRedirect(config.redirect ?? "follow-same-origin");
  const maxBytes = validateMaxBytes(config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    // Refused here, before fetch's own error would quote the value (an API key, say).
    if (typeof value === "string" && unfitForHeader(value))
      throw new TypeError(`headers[${JSON.stringify(name)}] must not contain CR, LF, NUL or characters beyond U+00FF`);
  }
  const { operations, envelope, auth } = config;
  const transport = createTransport(config.fetch, auth);
  const retryPolicy = resolveRetryPolicy(config.retry);
  const log = attemptLog(config.logger, config.logLevel);
  const ownServers = config.defaultBaseUrl !== undefined && onServer(baseUrl, config.defaultBaseUrl);
  // The call being sent: without middleware openapi-fetch calls fetch before `raw.request` returns, so the
  // call is handed over here instead of as an option (each per-call option slows openapi-fetch; README, Performance).
  let handoff: Call | undefined;
  let middleware = false;
  const raw = createClient<Paths>({
    baseUrl,
    headers: config.headers,
    fetch: (request: Request) => transport(request, handoff!),
    // OpenAPI's default for an object in the query (style form, explode): each property is a parameter of its own.
    querySerializer: { object: { style: "form", explode: true } },
  });

  async function send(name: string, url: string, init: Record<string, unknown> = {}): Promise<RawResult> {
    const {
      params,
      timeoutMs: callTimeout,
      retry,
      signal,
      redirect,
      maxResponseBytes,
      ...options
    } = init as Record<string, unknown> & { params?: Params };
    const operation = operations.paths[url]?.[name] ?? operations.defaults[name];
    const policy = retry === undefined ? retryPolicy : resolveRetryPolicy(retry as RetryOptions | false, retryPolicy);
    const follow = (redirect === undefined ? redirectPolicy : validateRedirect(redirect)) === "follow-same-origin";
    if (options.baseUrl !== undefined) options.baseUrl = validateBaseUrl(options.baseUrl);
    else if (ownServers && operation?.server) options.baseUrl = operation.server;
    const call = new Call(
      callTimeout === undefined ? timeoutMs : validateTimeout(callTimeout),
      signal as AbortSignal | undefined,
      operation?.auth === false,
      operation?.replay === false,
      init.parseAs === "stream",
      maxResponseBytes === undefined ? maxBytes : validateMaxBytes(maxResponseBytes),
    );
    // The path is filled in here, where it is checked anyway: openapi-fetch's parameter handling is costly even when
    // empty (README, Performance). Middleware gets the call as openapi-fetch documents it: path template and parameters.
    let path = fillPath(url, params?.path);
    const query = params?.query && !options.querySerializer ? encodeNames(params.query as Record<string, unknown>) : params?.query;
    if (middleware || options.middleware) {
      path = url;
      options.params = { ...params, query };
    } else if (query || params?.header || params?.cookie) {
      options.params = { ...params, query, path: undefined };
    }
    const key = operation?.idempotencyHeader;
    // Set once per call, above the retry loop, so every attempt carries the same key.
    const headers = key && config.idempotencyKey?.(key, init, config.headers);
    if (headers) options.headers = headers;
    const { body } = init;
    if (operation?.raw && isFile(body, operation)) {
      // A file goes as it is, with its own media type: openapi-fetch would send it as JSON.
      options.bodySerializer = (file: unknown) => file;
      const type = (body instanceof Blob && body.type) || operation.raw;
      if (!hasHeader("Content-Type", options.headers, init.headers, params?.header))
        options.headers = withHeader(options.headers ?? init.headers, "Content-Type", type);
    } else if (operation?.multipart && config.formData && body !== undefined) {
      const parts = operation.multipart;
      const formData = config.formData;
      options.bodySerializer = (body: unknown) => formData(body, parts);
    } else if (envelope && operation?.envelope && body !== undefined) {
      options.body = { [envelope]: init.body };
    }
    let result: RawResult;
    // A redirect not followed: what the caller gets as the error.
    let refused: UnexpectedErrorBody | undefined;
    let attempts = 0;
    let started = 0;
    // One line per attempt for the caller's logger (see logger.ts); 2xx at "info", anything else at "warn".
    const note =
      log &&
      ((status: number | undefined, retryInMs?: number) =>
        log(status !== undefined && status < 300 ? "info" : "warn", {
          ...attemptOf(call.request, name, url, attempts, started),
          status,
          retryInMs: retryInMs === undefined ? undefined : Math.round(retryInMs),
        }));
    try {
      for (let retries = 0, refreshed = false, hops = 0; ; ) {
        attempts++;
        if (note) started = performance.now();
        try {
          // One attempt: the request built and sent by openapi-fetch, its answer read. Middleware (perhaps added
          // since the call began) may run before fetch is called, so the call then goes with a fetch of its own.
          if (middleware || options.middleware) options.fetch = (request: Request) => transport(request, call);
          handoff = call;
          result = await raw.request(name as never, path as never, options as never);
        } catch (cause) {
          let retrying = false;
          try {
            await recover(name, cause, call, policy, retries++, url, (ms) => {
              retrying = true;
              note?.(undefined, ms);
            });
          } finally {
            if (!retrying) note?.(undefined);
          }
          continue;
        }
        const { response } = result;
        const { status } = response;
        if (!response.ok && isRedirect(response)) {
          const { method, url: from } = call.request!;
          const next = redirectTarget(response, from);
          const target = next?.origin;
          note?.(status);
          if (follow && next && target === new URL(from).origin && (method === "GET" || method === "HEAD") && hops++ < MAX_REDIRECTS) {
            call.location = next.href;
            call.restart();
            continue;
          }
          const rule = follow
            ? `the client follows only GET and HEAD within the origin, ${MAX_REDIRECTS} times at most`
            : 'redirect is "error"';
          refused = {
            status: response.status,
            message: `${method} ${describeUrl(from)} was redirected (${response.status})${target ? ` to ${target}` : ""}, not followed: ${rule}`,
            location: target,
          };
          break;
        }
        const delay = retryDelay(response, call, policy, retries);
        note?.(status, delay);
        if (status === 401 && !refreshed && !call.anonymous && auth?.refresh) {
          refreshed = true;
          if (!(await auth.refresh(call.signal, call.credential))) break;
          call.restart();
          continue;
        }
        if (delay === undefined) break;
        await pause(call, delay);
        retries++;
      }
    } finally {
      call.stop();
    }
    const { response } = result;
    result.status = response.status;
    if (refused) result.error = refused;
    // Whatever the body, a failure is a truthy object: JSON `null`, `false` or `0` would slip past `if (error)`.
    else if (!response.ok && (typeof result.error !== "object" || result.error === null)) {
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
  for (const name of METHODS) {
    (client as unknown as Record<string, unknown>)[name] = (url: string, init?: Record<string, unknown>) => send(name, url, init);
  }
  internals.set(client, send);
  return client;
}

/**
 * Adds `download()` for binary bodies: the bytes (or, with `stream: true`, a ReadableStream), the media type and
 * the name from Content-Disposition.
 */
export function withDownload<C extends ApiClient<any, any>>(client: C): C & DownloadClient<C extends ApiClient<infer P, any> ? P : never> {
  const send = sendOf(client);
  return Object.assign(client, {
    async download(url: string, init: Record<string, unknown> & { accept: string; stream?: boolean }) {
      const { accept, stream, headers, ...rest } = init;
      const result = await send("GET", url, {
        ...rest,
        headers: withHeader(headers, "Accept", accept),
        parseAs: stream ? "stream" : "arrayBuffer",
      });
      if (result.error !== undefined) return result;
      const { response, data } = result;
      const file = {
        fileName: fileNameOf(response.headers.get("Content-Disposition")),
        contentType: response.headers.get("Content-Type") ?? undefined,
      };
      return { ...result, data: stream ? { stream: data, ...file } : { bytes: new Uint8Array(data as ArrayBuffer), ...file } };
    },
  }) as never;
}

/** The call's headers with a fresh UUID in `header`, or undefined when the caller already chose a key. */
export function withIdempotencyKey(
  header: string,
  init: Record<string, unknown>,
  defaults: Record<string, string> | undefined,
): HeadersInit | undefined {
  const params = init.params as { header?: Record<string, unknown> } | undefined;
  if (hasHeader(header, params?.header, init.headers, defaults)) return undefined;
  return withHeader(init.headers, header, crypto.randomUUID());
}

function hasHeader(name: string, ...sources: unknown[]): boolean {
  const lower = name.toLowerCase();
  return sources.some((source) =>
    source instanceof Headers
      ? source.has(name)
      : typeof source === "object" && source !== null && Object.keys(source).some((k) => k.toLowerCase() === lower),
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

/** A body to send as a file: bytes, a Blob, or text where the operation takes no JSON document. */
function isFile(body: unknown, operation: OperationInfo): boolean {
  return (
    body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || (typeof body === "string" && !operation.envelope)
  );
}

/** What encodeURIComponent leaves as it is. */
const SAFE_NAME = /^[\w.!~*'()-]*$/;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The query with its parameter names percent-encoded, also inside object parameters (exploded into names of their
 * own): openapi-fetch writes names as given, so a name such as "a&admin=true" would add a parameter.
 */
function encodeNames(query: Record<string, unknown>): Record<string, unknown> {
  const names = Object.keys(query);
  if (names.every((name) => SAFE_NAME.test(name) && !isPlainObject(query[name]))) return query;
  return Object.fromEntries(
    names.map((name) => [encodeURIComponent(name), isPlainObject(query[name]) ? encodeNames(query[name]) : query[name]]),
  );
}

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
      throw new TypeError(
        `path parameter ${name} of ${template} must be a string or number other than "", "." and "..", got ${JSON.stringify(value)}`,
      );
    }
    path += template.slice(done, open) + encodeURIComponent(value);
    done = close + 1;
  }
  return path + template.slice(done);
}

/**
 * The file name in a Content-Disposition header (`filename*`, RFC 6266 UTF-8, wins over `filename`), reduced to
 * a name safe to save under: the last path segment (no directories, drive or absolute path), without control
 * characters or bidirectional controls (which can disguise an extension). Nothing usable left: undefined.
 */
export function fileNameOf(header: string | null): string | undefined {
  if (!header) return undefined;
  let name: string | undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  try {
    if (extended) name = decodeURIComponent(extended[1]!.trim());
  } catch {
    // fall back to the plain parameter
  }
  const plain = name === undefined && /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/.exec(header);
  if (plain) name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, "$1") : plain[1]!.trim();
  if (name === undefined) return undefined;
  // The last path segment, without control and bidirectional-override characters (they could disguise the name).
  const base = (name.split(/[\\/:]/).pop() ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
  return base && base !== "." && base !== ".." ? base : undefined;
}

/**
 * Whether a client's base URL is the spec's own server, as `validateBaseUrl` normalises both: operations (and token
 * requests) with servers of their own go there only then.
 */
export const onServer = (baseUrl: unknown, server: string): boolean => validateBaseUrl(baseUrl) === validateBaseUrl(server);

/** An absolute http(s) URL without user info, query or fragment, without its trailing slashes. */
export function validateBaseUrl(value: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    // Shown, unless it might hold a password.
    throw new TypeError(
      `baseUrl must be an absolute http(s) URL, got ${String(value).includes("@") ? "a value with user info (not shown)" : JSON.stringify(value)}`,
    );
  }
  if (url.username || url.password) throw new TypeError("baseUrl must not contain credentials; pass them as client options");
  if (/[?#]/.test(String(value))) throw new TypeError("baseUrl must not have a query or fragment; pass query parameters per call");
  return url.href.replace(/\/+$/, "");
}

/** Checks a server-variable option (e.g. a region) against the values the spec allows. */
export function serverVariable(name: string, value: string | undefined, allowed: readonly string[], fallback: string): string {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new TypeError(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}

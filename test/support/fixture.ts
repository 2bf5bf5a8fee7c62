// What the suites that cover every API (faults, bad input, every operation, the browser and packaging runs, the
// bench) need to know about one API: each API's test/<api>/fixture.ts defines it with `defineFixture`, and
// test/support/fixtures.ts loads them by the names in redocly.yaml. Browser-safe: imports no Node module.
import type { ClientOptions } from "@apispec/runtime";

export type Method = "GET" | "PUT" | "POST" | "DELETE" | "PATCH";

export interface Result {
  data?: unknown;
  error?: unknown;
  status: number;
}

/** A generated client seen without its path types, as a suite looping over the APIs calls it. */
export type AnyClient = Record<Method, (path: string, init?: object) => Promise<Result>>;

/** One call as data, so that a suite can send it, merge its own options in, or make it by hand for comparison. */
export interface FixtureCall {
  method: Method;
  /** The path template, as the client takes it. */
  path: string;
  /** Parameters and body, valid for the spec (the mocks validate them) and JSON-serialisable. */
  init?: { params?: { path?: Record<string, string>; query?: Record<string, string | number | boolean> }; body?: unknown };
}

export interface ApiFixture<Client = AnyClient> {
  /** The API's name in redocly.yaml. */
  name: string;
  /** The generated factory, e.g. `createDotsubClient`. */
  factory: (options: never) => Client;
  /** The factory's options for a server at `baseUrl`, as JSON data: token endpoints live on that server too. */
  options(baseUrl: string): ClientOptions;
  /** `factory({ ...options(baseUrl), ...extra })`, with `extra.headers` added to the fixture's own. */
  connect(baseUrl: string, extra?: ClientOptions): Client;
  /** Every secret `options` hands the client: none may appear in an error or a log. */
  credentials: readonly string[];
  /** The path of the API's base URL on a server of its own, e.g. Kazoo's `/v2`; local servers are connected at `${url}${basePath}`. */
  basePath: string;
  /** The token endpoint the client calls first, relative to the base URL; absent when the client needs no token request. */
  tokenPath?: string;
  /** A representative GET. */
  read: FixtureCall;
  /** A POST (retried only when the client adds an idempotency key to it). */
  write: FixtureCall;
  /** A success body as the API's server sends it, around a document (Kazoo wraps documents in `{ data }`). */
  wrap(documentJson: string): string;
}

type Definition<Options> = Omit<ApiFixture, "factory" | "options" | "connect" | "basePath" | "wrap"> & {
  options(baseUrl: string): NoInfer<Options>;
  basePath?: string;
  wrap?(documentJson: string): string;
};

export function defineFixture<Options extends ClientOptions, Client>(
  factory: (options: Options) => Client,
  definition: Definition<Options>,
): ApiFixture<Client> {
  const connect = (baseUrl: string, extra: ClientOptions = {}) => {
    const own = definition.options(baseUrl);
    const headers = own.headers || extra.headers ? { headers: { ...own.headers, ...extra.headers } } : {};
    return factory({ ...own, ...extra, ...headers });
  };
  return {
    basePath: "",
    wrap: (documentJson) => documentJson,
    ...definition,
    factory: factory as ApiFixture<Client>["factory"],
    options: (baseUrl) => ({ ...definition.options(baseUrl) }),
    connect,
  };
}

/** The path a server sees for `call` made by a client connected at `${server}${fixture.basePath}`. */
export function sentPath(fixture: Pick<ApiFixture<unknown>, "basePath">, call: FixtureCall): string {
  const path = call.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(call.init?.params?.path?.[name] ?? ""));
  const query = new URLSearchParams(Object.entries(call.init?.params?.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
  return `${fixture.basePath}${path}${query ? `?${query}` : ""}`;
}

/** Makes `call` through a client, with the caller's options (timeouts, retry, parseAs…) merged into its init. */
export function send(client: AnyClient, call: FixtureCall, options: object = {}): Promise<Result> {
  return client[call.method](call.path, { ...call.init, ...options });
}

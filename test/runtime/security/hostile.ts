// Shared by the security suite: scripted servers on 127.0.0.1 (the API's origin) and 127.0.0.2 (another origin),
// the generated clients configured with secrets that all carry MARK, and checks that no secret got out.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { createKazooClient } from "@apispec/kazoo";
import type { ClientOptions } from "@apispec/runtime";
import { afterEach, expect } from "vitest";
import { type ApiFixture, send as sendCall } from "../../support/fixture.js";
import { loadFixtures } from "../../support/fixtures.js";
import { recordRequest, type SeenRequest } from "../../support/local-server.js";

/** Every credential the clients are given, and every token the servers issue, contains this marker. */
export const MARK = "S3CR3T";
export const ISSUED_TOKEN = `tok-${MARK}-issued`;

export type Handler = (req: SeenRequest, res: ServerResponse) => void;
export interface Server {
  url: string;
  seen: SeenRequest[];
  /** Resolves once the first request for `path` has arrived and is over (answered, or given up by the client). */
  closed(path: string): Promise<void>;
  handle(handler: Handler): void;
}

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** A server on `host` answering with the current handler; closed after the test. */
export async function serve(handler: Handler, host = "127.0.0.1"): Promise<Server> {
  const seen: SeenRequest[] = [];
  const arrivals: { path: string; closed: Promise<void> }[] = [];
  const awaited = new Map<string, (closed: Promise<void>) => void>();
  let current = handler;
  const server = createServer((req, res) => {
    const arrival = { path: req.url ?? "", closed: new Promise<void>((resolve) => res.on("close", () => resolve())) };
    arrivals.push(arrival);
    awaited.get(arrival.path)?.(arrival.closed);
    recordRequest(req, (record) => {
      seen.push(record);
      current(record, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    seen,
    closed: (path) =>
      arrivals.find((a) => a.path === path)?.closed ??
      new Promise<void>((resolve) => awaited.set(path, (closed) => void closed.then(resolve))),
    handle: (next) => (current = next),
  };
}

export function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

type Result = { data?: unknown; error?: unknown; status: number };
export interface Connected {
  /** The API's representative GET. */
  get(): Promise<Result>;
  /** A write: a POST (with an Idempotency-Key where the API takes one). */
  write(): Promise<Result>;
}
export interface ClientCase {
  name: string;
  /** Where the client sends its token or login request, when it obtains a credential. */
  tokenPath?: string;
  /** Answers a token or login request successfully. */
  issue?: (res: ServerResponse) => void;
  /** A success body as the API sends it. */
  wrap(documentJson: string): string;
  connect(url: string, options: ClientOptions): Connected;
}

const oauth = (res: ServerResponse) =>
  send(res, 200, JSON.stringify({ access_token: ISSUED_TOKEN, token_type: "bearer", expires_in: 86_400, refresh_token: `ref-${MARK}` }));
const kazooLogin = (res: ServerResponse) =>
  send(res, 201, JSON.stringify({ status: "success", auth_token: ISSUED_TOKEN, data: { account_id: "acc-1" } }));

/** Each API as its fixture connects it (an API key, a default header, a given token, or a token it obtains). */
function fromFixture(fixture: ApiFixture): ClientCase {
  return {
    name: `${fixture.name} (fixture)`,
    tokenPath: fixture.tokenPath && `${fixture.basePath}${fixture.tokenPath}`,
    // The fixtures that fetch a token first use OAuth 2 (client credentials or password grant).
    issue: fixture.tokenPath ? oauth : undefined,
    wrap: fixture.wrap,
    connect(url, options) {
      const client = fixture.connect(`${url}${fixture.basePath}`, options);
      return { get: () => sendCall(client, fixture.read), write: () => sendCall(client, fixture.write) };
    },
  };
}

/** A Kazoo client that logs in first, with an API key or a user's credentials. */
function kazooLoggingIn(
  name: string,
  credentials: NonNullable<Parameters<typeof createKazooClient>[0]>["credentials"],
  tokenPath: string,
): ClientCase {
  return {
    name,
    tokenPath,
    issue: kazooLogin,
    wrap: (documentJson) => `{"status":"success","request_id":"req-1","data":${documentJson}}`,
    connect(url, options) {
      const client = createKazooClient({ baseUrl: `${url}/v2`, credentials, ...options });
      const path = { params: { path: { account_id: "acc-1" } } };
      return {
        get: () => client.GET("/accounts/{account_id}", path),
        write: () => client.POST("/accounts/{account_id}", { ...path, body: { name: "Office" } }),
      };
    },
  };
}

/** Every client, with each way it can hold a credential: given (an API key, a token, a default header) or obtained. */
export const clientCases: ClientCase[] = [
  ...(await loadFixtures()).map(fromFixture),
  kazooLoggingIn("kazoo (API key login)", { apiKey: `${MARK}-kazoo-api-key` }, "/v2/api_auth"),
  kazooLoggingIn("kazoo (user login)", { username: "admin", password: `${MARK}-kazoo-password`, accountName: "acme" }, "/v2/user_auth"),
];

/** Everything a thrown error or an error result shows: message, stack, causes, inspected and serialised forms. */
export function textsOf(value: unknown): string {
  const texts: string[] = [inspect(value, { depth: 8 })];
  let current: unknown = value;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof Error) texts.push(current.message, current.stack ?? "");
    texts.push(String(current));
    try {
      texts.push(JSON.stringify(current) ?? "");
    } catch {
      // not serialisable: inspect() above covers it
    }
    current = (current as { cause?: unknown }).cause;
  }
  return texts.join("\n");
}

export function expectNoSecret(value: unknown) {
  expect(textsOf(value)).not.toContain(MARK);
}

/** The call's outcome: its result, or what it threw. */
export async function outcome<T>(call: Promise<T>): Promise<{ value: T; error?: never } | { error: unknown; value?: never }> {
  return call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

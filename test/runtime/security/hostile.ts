// Shared by the security suite: scripted servers on 127.0.0.1 (the API's origin) and 127.0.0.2 (another origin),
// the generated clients configured with secrets that all carry MARK, and checks that no secret got out.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { createDotsubClient } from "@apispec/dotsub";
import { createDubberClient } from "@apispec/dubber";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import type { ClientOptions } from "@apispec/runtime";
import { createVoxboneClient } from "@apispec/voxbone";
import { afterEach, expect } from "vitest";
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
  getPath: string;
  writePath: string;
  /** A success body as the API sends it. */
  wrap(documentJson: string): string;
  connect(url: string, options: ClientOptions): Connected;
}

const plain = (documentJson: string) => documentJson;
const oauth = (res: ServerResponse) =>
  send(res, 200, JSON.stringify({ access_token: ISSUED_TOKEN, token_type: "bearer", expires_in: 86_400, refresh_token: `ref-${MARK}` }));
const kazooLogin = (res: ServerResponse) =>
  send(res, 201, JSON.stringify({ status: "success", auth_token: ISSUED_TOKEN, data: { account_id: "acc-1" } }));
const kazooWrap = (documentJson: string) => `{"status":"success","request_id":"req-1","data":${documentJson}}`;

function kazoo(name: string, credentials: Parameters<typeof createKazooClient>[0]["credentials"], tokenPath?: string): ClientCase {
  return {
    name,
    tokenPath,
    issue: tokenPath ? kazooLogin : undefined,
    getPath: "/v2/accounts/acc-1",
    writePath: "/v2/accounts/acc-1",
    wrap: kazooWrap,
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
  {
    name: "dubformer (API key)",
    getPath: "/api/v1/projects/p-1",
    writePath: "/api/v1/projects",
    wrap: plain,
    connect(url, options) {
      const client = createDubformerClient({ baseUrl: url, apiKey: `${MARK}-dubformer-api-key`, ...options });
      const body = { source_lang: "en", target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" };
      return {
        get: () => client.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: "p-1" } } }),
        write: () => client.POST("/api/v1/projects", { body }),
      };
    },
  },
  {
    name: "voxbone (default header)",
    getPath: "/profiles/prof-1",
    writePath: "/profiles/prof-1",
    wrap: plain,
    connect(url, options) {
      const client = createVoxboneClient({ baseUrl: url, headers: { "X-Api-Key": `${MARK}-voxbone-header` }, ...options });
      const path = { params: { path: { id: "prof-1" } } };
      return {
        get: () => client.GET("/profiles/{id}", path),
        write: () => client.POST("/profiles/{id}", { ...path, body: { record: true } }),
      };
    },
  },
  kazoo("kazoo (given token)", { authToken: `${MARK}-kazoo-auth-token` }),
  kazoo("kazoo (API key login)", { apiKey: `${MARK}-kazoo-api-key` }, "/v2/api_auth"),
  kazoo("kazoo (user login)", { username: "admin", password: `${MARK}-kazoo-password`, accountName: "acme" }, "/v2/user_auth"),
  {
    name: "dotsub (client credentials)",
    tokenPath: "/oauth/token",
    issue: oauth,
    getPath: "/api/media/m-1",
    writePath: "/api/media",
    wrap: plain,
    connect(url, options) {
      const client = createDotsubClient({
        baseUrl: url,
        tokenUrl: `${url}/oauth/token`,
        clientId: "client-1",
        clientSecret: `${MARK}-dotsub-client-secret`,
        ...options,
      });
      const body = { importUrl: "https://example.com/video.mp4", mediaDto: { title: "Video", projectId: "1", fileName: "video.mp4" } };
      return {
        get: () => client.GET("/api/media/{mediaId}", { params: { path: { mediaId: "m-1" } } }),
        write: () => client.POST("/api/media", { body }),
      };
    },
  },
  {
    name: "dubber (password grant)",
    tokenPath: "/token",
    issue: oauth,
    getPath: "/accounts/acc-1",
    writePath: "/accounts",
    wrap: plain,
    connect(url, options) {
      const client = createDubberClient({
        baseUrl: url,
        clientId: "mashery-key",
        clientSecret: `${MARK}-dubber-client-secret`,
        username: "auth-id",
        password: `${MARK}-dubber-password`,
        ...options,
      });
      const address = { address: "123 Collins Street", suburb: "Melbourne", country: "AU", state: "VIC", postcode: "3000" };
      const body = { name: "Acme Pty Ltd", dubber_address: "acme", time_zone: "Australia/Melbourne", address, phone: "+61390000000" };
      return {
        get: () => client.GET("/accounts/{account_id}", { params: { path: { account_id: "acc-1" } } }),
        write: () => client.POST("/accounts", { body }),
      };
    },
  },
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

// Token endpoints that echo the request back, in every encoding a server might use: no secret may survive in the
// error's message, body, inspection or serialisation, in any of those encodings.
import { inspect } from "node:util";
import { ApiAuthError, createDotsubClient } from "@apispec/dotsub";
import { createDubberClient } from "@apispec/dubber";
import { createKazooClient } from "@apispec/kazoo";
import { describe, expect, it } from "vitest";
import type { SeenRequest } from "../../support/local-server.js";
import { outcome, send, serve } from "./hostile.js";

const SECRETS = [
  "S3CR3T with spaces",
  "S3CR3T!*'()~",
  'S3CR3T"quote\\back',
  "S3CR3T/slash/",
  "S3CR3Tä-ü-€",
  "S3CR3T&=+%#?",
  "S3CR3T<tag>\ttab",
];

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
const asciiJson = (text: string) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
const everyCharEscaped = (text: string) => Array.from({ length: text.length }, (_, i) => `\\u${hex(text.charCodeAt(i), 4)}`).join("");
const everyByteEscaped = (text: string) => Array.from(new TextEncoder().encode(text), (b) => `%${hex(b, 2)}`).join("");

type Echo = { status: number; body: string; type: string };
/** How a server might echo what it was sent, given the secret and the request. */
const ECHOES: Record<string, (secret: string, req: SeenRequest) => Echo> = {
  "JSON error_description": (s) => ({
    status: 400,
    type: "application/json",
    body: JSON.stringify({ error: "invalid_client", error_description: `unknown secret ${s}` }),
  }),
  "JSON with escaped slashes": (s) => ({
    status: 400,
    type: "application/json",
    body: JSON.stringify({ error: "invalid_client", error_description: `unknown secret ${s}` }).replace(/\//g, "\\/"),
  }),
  "JSON, ASCII only": (s) => ({
    status: 400,
    type: "application/json",
    body: asciiJson(JSON.stringify({ error: "invalid_client", error_description: `unknown secret ${s}` })),
  }),
  "JSON, every character escaped": (s) => ({
    status: 400,
    type: "application/json",
    body: `{"error":"invalid_client","error_description":"${everyCharEscaped(`unknown secret ${s}`)}"}`,
  }),
  "the request body, verbatim": (_, req) => ({ status: 400, type: "text/plain", body: req.body }),
  "form, + for space": (s) => ({
    status: 400,
    type: "text/plain",
    body: new URLSearchParams({ error: "invalid_client", client_secret: s }).toString(),
  }),
  "form, %20 for space": (s) => ({ status: 400, type: "text/plain", body: `error=invalid_client&client_secret=${encodeURIComponent(s)}` }),
  "every byte percent-encoded, lower case": (s) => ({
    status: 400,
    type: "text/plain",
    body: `error=invalid_client&client_secret=${everyByteEscaped(s)}`,
  }),
  "the request body inside JSON": (_, req) => ({
    status: 400,
    type: "application/json",
    body: JSON.stringify({ error: "invalid_request", received: req.body }),
  }),
  "a 200 that is not JSON": (s) => ({
    status: 200,
    type: "text/plain",
    body: `received client_secret=${new URLSearchParams({ s }).toString().slice(2)}`,
  }),
};

const formDecode = (text: string) =>
  text.replace(/\+/g, " ").replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const jsonUnescape = (text: string) =>
  text
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
/** Whether `text`, read plainly or decoded as a form, as JSON or inspect() escapes, or both, shows `secret`. */
const reveals = (text: string, secret: string) =>
  [text, formDecode(text), jsonUnescape(text), formDecode(jsonUnescape(text)), jsonUnescape(formDecode(text))].some((t) =>
    t.includes(secret),
  );

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) strings(inner, out).push(key);
  }
  return out;
}
function leaks(error: unknown, secret: string): boolean {
  const e = error as ApiAuthError;
  const texts = [String(e), e.message, e.stack ?? "", inspect(e, { depth: 8 }), JSON.stringify(e.body) ?? "", ...strings(e.body)];
  return texts.some((text) => reveals(text, secret));
}

const clients: Record<string, (url: string, secret: string) => Promise<unknown>> = {
  dotsub: (url: string, secret: string) =>
    createDotsubClient({ baseUrl: url, tokenUrl: `${url}/oauth/token`, clientId: "client-1", clientSecret: secret, retry: false }).GET(
      "/api/media/{mediaId}",
      { params: { path: { mediaId: "m" } } },
    ),
  dubber: (url: string, secret: string) =>
    createDubberClient({ baseUrl: url, clientId: "key", clientSecret: secret, username: "auth-id", password: secret, retry: false }).GET(
      "/profile",
    ),
  kazoo: (url: string, secret: string) =>
    createKazooClient({ baseUrl: `${url}/v2`, credentials: { apiKey: secret }, retry: false }).GET("/accounts/{account_id}", {
      params: { path: { account_id: "a" } },
    }),
};

describe.each(Object.entries(clients))("%s, whose token endpoint echoes the request", (name, call) => {
  const cases = SECRETS.flatMap((secret) => Object.keys(ECHOES).map((echo) => ({ secret, echo })));

  it(`keeps the secret out of the error in all ${cases.length} cases`, async () => {
    let current = cases[0]!;
    const carried: boolean[] = [];
    const server = await serve((req, res) => {
      carried.push(reveals(req.body, current.secret));
      const { status, body, type } = ECHOES[current.echo]!(current.secret, req);
      send(res, status, body, { "Content-Type": type });
    });
    const leaked: string[] = [];
    for (const c of cases) {
      current = c;
      const { error } = await outcome(call(server.url, c.secret));
      expect(error).toBeInstanceOf(ApiAuthError);
      if (leaks(error, c.secret)) leaked.push(`${JSON.stringify(c.secret)} echoed as ${c.echo}`);
    }
    // Every request carried the secret: its absence from the errors means something.
    expect(carried).toEqual(cases.map(() => true));
    console.log(`${name}: ${leaked.length} of ${cases.length} echoes leaked the secret`);
    expect(leaked).toEqual([]);
  });

  it("still says what the endpoint answered", async () => {
    const server = await serve((_, res) =>
      send(res, 401, JSON.stringify({ error: "invalid_client", error_description: "unknown secret S3CR3T with spaces" })),
    );
    const { error } = await outcome(call(server.url, "S3CR3T with spaces"));
    expect((error as Error).message).toMatch(/was refused with 401: invalid_client: unknown secret \[redacted\]$/);
  });
});

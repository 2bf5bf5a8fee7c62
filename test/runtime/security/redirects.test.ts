// Redirects from a hostile API server (127.0.0.1) to another origin (127.0.0.2): every redirect status, through
// every client, with given and obtained credentials, on a GET and on a write, and on the token or login request
// itself. No credential may reach the other origin, and no write may turn into a GET reported as a success.

import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { ApiAuthError } from "@apispec/runtime";
import { describe, expect, it } from "vitest";
import { type ClientCase, clientCases, expectNoSecret, MARK, outcome, send, serve } from "./hostile.js";

const STATUSES = [301, 302, 303, 307, 308] as const;
/** The redirect target's query carries this: it must never appear in an error. */
const QUERY_MARK = "Q-SIGNATURE";
const options = { retry: false as const, timeoutMs: 5_000 };
/** Answers any request as both a token endpoint and the API would: a write that lands here "succeeds". */
const everything = JSON.stringify({
  status: "success",
  access_token: "other-token",
  token_type: "bearer",
  expires_in: 86_400,
  auth_token: "other-token",
  data: { id: "x" },
  id: "x",
});

type Where = "api" | "token";
interface Trial {
  client: ClientCase;
  status: number;
  /** Which request is redirected: the API call, or the token/login request before it. */
  where: Where;
  method: "GET" | "write";
}

const trials: Trial[] = [];
for (const client of clientCases) {
  for (const status of STATUSES) {
    for (const method of ["GET", "write"] as const) trials.push({ client, status, where: "api", method });
    if (client.tokenPath) trials.push({ client, status, where: "token", method: "GET" });
  }
}

describe("a redirect to another origin", () => {
  it(`leaks no credential and changes no method in ${trials.length} trials`, { timeout: 60_000 }, async () => {
    const other = await serve((_, res) => send(res, 200, everything), "127.0.0.2");
    const api = await serve(() => undefined);
    const leaks: string[] = [];
    const methodChanges: string[] = [];
    const wrongOutcomes: string[] = [];
    for (const trial of trials) {
      const { client, status, where, method } = trial;
      const label = `${client.name} ${status} on the ${where === "token" ? "token request" : method}`;
      const location = `${other.url}/elsewhere?sig=${QUERY_MARK}`;
      api.handle((req, res) => {
        const isToken = req.path === client.tokenPath;
        if (isToken && where === "api") return client.issue!(res);
        if (!isToken && where === "token") return send(res, 200, client.wrap('{"id":"x"}'));
        res.writeHead(status, { Location: location, "Content-Length": "0" });
        res.end();
      });
      const before = other.seen.length;
      const connected = client.connect(api.url, options);
      const sentMethod = method === "GET" ? "GET" : "POST";
      const result = await outcome(method === "GET" ? connected.get() : connected.write());
      const reached = other.seen.slice(before);
      const expected = where === "token" ? (client.tokenPath!.endsWith("_auth") ? "PUT" : "POST") : sentMethod;
      const leaked = reached.filter((req) => JSON.stringify(req.headers).includes(MARK) || req.body.includes(MARK));
      if (leaked.length) leaks.push(`${label}: ${leaked.map((req) => req.method).join(", ")} carried a credential`);
      const changed = reached.filter((req) => req.method !== expected).map((req) => `arrived as ${req.method}`);
      if (method === "write" && result.value && result.value.status < 300) changed.push(`reported ${result.value.status} for the write`);
      if (changed.length) methodChanges.push(`${label}: ${changed.join(", ")}`);
      // What the caller gets instead: the redirect as an error naming its status and target origin, without the query.
      if (where === "token") {
        const error = result.error as ApiAuthError | undefined;
        if (
          !(error instanceof ApiAuthError) ||
          error.status !== status ||
          !error.message.includes(other.url) ||
          error.message.includes(QUERY_MARK)
        ) {
          wrongOutcomes.push(`${label}: ${String(error ?? result.value?.status)}`);
        } else expectNoSecret(error);
      } else {
        const value = result.value;
        const error = value?.error as { message?: string; location?: string } | undefined;
        if (
          value?.status !== status ||
          error?.location !== other.url ||
          !error.message?.includes(other.url) ||
          error.message.includes(QUERY_MARK)
        ) {
          wrongOutcomes.push(`${label}: ${result.error ? String(result.error) : JSON.stringify({ status: value?.status, error })}`);
        } else expectNoSecret(value);
      }
    }
    console.log(
      `redirects to another origin: ${leaks.length} of ${trials.length} trials leaked a credential, ${methodChanges.length} changed a method or reported a write as done`,
    );
    expect({ leaks, methodChanges }).toEqual({ leaks: [], methodChanges: [] });
    expect(wrongOutcomes).toEqual([]);
  });
});

describe("a redirect within the origin", () => {
  const account = { params: { path: { account_id: "acc-1" } } };

  it("is followed for a GET, with the credential, to the redirect's path and query", async () => {
    const api = await serve((req, res) => {
      if (req.path === "/v2/accounts/acc-1") return send(res, 302, "", { Location: "/v2/moved/acc-1?x=1" });
      send(res, 200, `{"data":{"id":"acc-1","name":"moved"}}`);
    });
    const client = createKazooClient({ baseUrl: `${api.url}/v2`, credentials: { authToken: "tok" }, retry: false });
    const { data, status } = await client.GET("/accounts/{account_id}", account);
    expect({ status, data }).toEqual({ status: 200, data: { id: "acc-1", name: "moved" } });
    expect(api.seen.map((r) => [r.method, r.path, r.headers["x-auth-token"]])).toEqual([
      ["GET", "/v2/accounts/acc-1", "tok"],
      ["GET", "/v2/moved/acc-1?x=1", "tok"],
    ]);
  });

  it.for([301, 302, 303, 307, 308])("is not followed for a write (%i): the redirect comes back as the error", async (status) => {
    const api = await serve((_, res) => send(res, status, "", { Location: "/v2/elsewhere" }));
    const client = createKazooClient({ baseUrl: `${api.url}/v2`, credentials: { authToken: "tok" }, retry: false });
    const result = await client.POST("/accounts/{account_id}", { ...account, body: { name: "Office" } });
    expect(result.status).toBe(status);
    expect(result.error).toMatchObject({ status, location: api.url });
    expect((result.error as { message: string }).message).toContain(`was redirected (${status}) to ${api.url}`);
    expect(api.seen.map((r) => r.method)).toEqual(["POST"]);
  });

  it('is not followed at all with redirect: "error", for the client or for one call', async () => {
    const api = await serve((req, res) =>
      req.path === "/api/v1/balance" ? send(res, 307, "", { Location: "/api/v1/balance2" }) : send(res, 200, "{}"),
    );
    const strict = createDubformerClient({ baseUrl: api.url, apiKey: "k", redirect: "error" });
    expect(await strict.GET("/api/v1/balance")).toMatchObject({ status: 307, error: { status: 307, location: api.url } });
    const lenient = createDubformerClient({ baseUrl: api.url, apiKey: "k" });
    expect(await lenient.GET("/api/v1/balance", { redirect: "error" })).toMatchObject({ status: 307 });
    expect((await lenient.GET("/api/v1/balance")).status).toBe(200);
    expect(api.seen.map((r) => r.path)).toEqual(["/api/v1/balance", "/api/v1/balance", "/api/v1/balance", "/api/v1/balance2"]);
  });

  it("stops a redirect loop after 10 hops", async () => {
    const api = await serve((req, res) =>
      send(res, 302, "", { Location: req.path === "/api/v1/balance" ? "/api/v1/b" : "/api/v1/balance" }),
    );
    const client = createDubformerClient({ baseUrl: api.url, apiKey: "k" });
    const result = await client.GET("/api/v1/balance");
    expect(result).toMatchObject({ status: 302, error: { status: 302, location: api.url } });
    expect(api.seen).toHaveLength(11);
  });

  it("refuses a redirect policy it does not know, for the client and for a call", async () => {
    expect(() => createDubformerClient({ apiKey: "k", redirect: "follow" as never })).toThrow(
      'redirect must be "follow-same-origin" or "error"',
    );
    const client = createDubformerClient({ baseUrl: "http://127.0.0.1:1", apiKey: "k" });
    await expect(client.GET("/api/v1/balance", { redirect: "manual" as never })).rejects.toThrow(
      'redirect must be "follow-same-origin" or "error"',
    );
  });

  it("reports a browser's opaque redirect (status 0, no target) as the error", async () => {
    // What a browser's fetch gives for redirect: "manual": a response that hides its status and target.
    const opaque = {
      type: "opaqueredirect",
      status: 0,
      statusText: "",
      ok: false,
      redirected: false,
      url: "",
      headers: new Headers(),
      body: null,
      text: async () => "",
    };
    const client = createDubformerClient({ apiKey: "k", fetch: async () => opaque as unknown as Response });
    const result = await client.GET("/api/v1/balance");
    expect(result.status).toBe(0);
    expect(result.error).toMatchObject({ status: 0, location: undefined });
    expect((result.error as { message: string }).message).toContain("was redirected");
  });
});

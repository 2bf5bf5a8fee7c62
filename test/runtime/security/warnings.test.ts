// Many calls waiting on one cold token, or sharing one caller signal, add no listener per call to a shared
// signal: Node warns (MaxListenersExceededWarning) from the eleventh on, which users would see.
import { createDotsubClient } from "@apispec/dotsub";
import { createDubformerClient } from "@apispec/dubformer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { send, serve } from "./hostile.js";

const CALLS = 25;
let warnings: Error[] = [];
const collect = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings = [];
  process.on("warning", collect);
});
afterEach(() => {
  process.off("warning", collect);
});
/** Warnings are emitted on a later tick. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("no MaxListenersExceededWarning", () => {
  it(`for ${CALLS} calls waiting on a cold token`, async () => {
    const server = await serve((req, res) => {
      if (req.path === "/oauth/token") return setTimeout(() => send(res, 200, JSON.stringify({ access_token: "t", expires_in: 3600 })), 50);
      send(res, 200, "{}");
    });
    const client = createDotsubClient({ baseUrl: server.url, tokenUrl: `${server.url}/oauth/token`, clientId: "id", clientSecret: "s" });
    const results = await Promise.all(
      Array.from({ length: CALLS }, () => client.GET("/api/media/{mediaId}", { params: { path: { mediaId: "m" } } })),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    expect(server.seen.filter((r) => r.path === "/oauth/token")).toHaveLength(1);
    await settled();
    expect(warnings.map(String)).toEqual([]);
  });

  it(`for ${CALLS} calls sharing one caller signal, through retries`, async () => {
    const server = await serve((req, res) => {
      const attempt = server.seen.filter((r) => r.path === req.path).length;
      setTimeout(() => (attempt === 1 ? send(res, 503, "{}") : send(res, 200, "{}")), 20);
    });
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry: { maxRetries: 1, initialDelayMs: 5, maxDelayMs: 5 } });
    const controller = new AbortController();
    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        client.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: `p${i}` } }, signal: controller.signal }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    await settled();
    expect(warnings.map(String)).toEqual([]);
  });

  it("while the caller's signal still cancels every call", async () => {
    const server = await serve(() => undefined);
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k" });
    const controller = new AbortController();
    const calls = Array.from({ length: CALLS }, (_, i) =>
      client
        .GET("/api/v1/projects/{project_id}", { params: { path: { project_id: `p${i}` } }, signal: controller.signal })
        .catch((e: unknown) => e),
    );
    while (server.seen.length < CALLS) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error("stop"));
    expect((await Promise.all(calls)).map((e) => (e as Error).message)).toEqual(calls.map(() => "stop"));
    await settled();
    expect(warnings.map(String)).toEqual([]);
  });
});

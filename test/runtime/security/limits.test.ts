// Answers larger than the client will hold in memory: refused with ApiResponseError as soon as the limit is
// passed, whether the size is declared, chunked or hidden by compression, and never asked for again.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { ApiResponseError, createDubformerClient } from "@apispec/dubformer";
import { describe, expect, it } from "vitest";
import { outcome, serve } from "./hostile.js";

const retry = { maxRetries: 2, initialDelayMs: 5, maxDelayMs: 5 };
const json = (bytes: number) => `[${'"x",'.repeat(Math.max(0, (bytes - 5) / 4))}"x"]`;

/** Writes `total` bytes of a JSON array in chunks of `chunk`, as fast as the client reads, until it stops reading. */
function stream(res: ServerResponse, total: number, chunk: number) {
  res.writeHead(200, { "Content-Type": "application/json" });
  const piece = Buffer.from('"x",'.repeat(chunk / 4));
  let sent = 0;
  res.write("[");
  const pump = () => {
    while (sent < total) {
      sent += piece.length;
      if (!res.write(piece)) return void res.once("drain", pump);
    }
    res.end('"x"]');
  };
  res.on("error", () => undefined);
  pump();
}

describe("maxResponseBytes", () => {
  it.for([
    [
      "declared by Content-Length",
      (res: ServerResponse) => res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "5000" }).end(json(5000)),
    ],
    ["chunked", (res: ServerResponse) => stream(res, 20_000, 1_000)],
    [
      "hidden by gzip",
      (res: ServerResponse) =>
        res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" }).end(gzipSync(json(50_000))),
    ],
  ] as const)("refuses a body over the limit, %s, once", async ([, answer]) => {
    const server = await serve((_, res) => answer(res));
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry, maxResponseBytes: 1_000 });
    const { error } = await outcome(client.GET("/api/v1/balance"));
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({ status: 200 });
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/balance answered 200 with more than 1000 bytes \(maxResponseBytes\)/,
    );
    expect(server.seen).toHaveLength(1);
  });

  it("reads a body within the limit, and a larger one when the call allows it", async () => {
    const server = await serve((_, res) => stream(res, 4_000, 1_000));
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry, maxResponseBytes: 10_000 });
    expect((await client.GET("/api/v1/balance")).status).toBe(200);
    const strict = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry, maxResponseBytes: 100 });
    expect((await strict.GET("/api/v1/balance", { maxResponseBytes: 10_000 })).status).toBe(200);
  });

  it("has a default (64 MiB) that stops a body without end, after one request", async () => {
    const server = await serve((_, res) => stream(res, 200 * 2 ** 20, 2 ** 16));
    const client = createDubformerClient({ baseUrl: server.url, apiKey: "k", retry, timeoutMs: 30_000 });
    const { error } = await outcome(client.GET("/api/v1/balance"));
    expect(error).toBeInstanceOf(ApiResponseError);
    expect((error as Error).message).toContain(`with more than ${64 * 2 ** 20} bytes (maxResponseBytes)`);
    expect(server.seen).toHaveLength(1);
  }, 60_000);

  it.for([0, -1, Number.NaN, "1000"])("refuses %s", (maxResponseBytes) => {
    expect(() => createDubformerClient({ apiKey: "k", maxResponseBytes: maxResponseBytes as number })).toThrow(
      `maxResponseBytes must be a positive number of bytes, got ${String(maxResponseBytes)}`,
    );
  });
});

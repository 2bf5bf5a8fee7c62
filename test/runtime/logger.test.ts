// The `logger` / `logLevel` options through a generated client: one line per attempt with its facts, and never
// a credential, a query string or a body.
import { describe, expect, it, vi } from "vitest";
import { json } from "../support/local-server.js";
import { createBody, created, expectNoSecret, scriptedClients } from "./scripted-client.js";

const setup = scriptedClients();

function recorder() {
  const lines: { level: string; message: string; details: Record<string, unknown> }[] = [];
  const at =
    (level: string) =>
    (message: string, details: object): void => {
      lines.push({ level, message, details: { ...details } });
    };
  return { lines, logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
}

describe("logger", () => {
  it("reports each attempt: method, URL without query, status, attempt, duration and retry delay", async () => {
    const { lines, logger } = recorder();
    const { server, client } = await setup(
      (_, res, i) =>
        i === 0 ? json(res, 503, { error: "Unavailable", message: "busy" }, { "Retry-After": "0" }) : json(res, 201, created),
      { logger },
    );
    const { status } = await client.POST("/api/v1/projects", { body: createBody, params: { query: { token: "QUERY-SECRET" } } as never });
    expect(status).toBe(201);
    expect(lines.map(({ level, details }) => ({ level, ...details, durationMs: typeof details.durationMs }))).toEqual([
      { level: "warn", method: "POST", url: `${server.url}/api/v1/projects`, status: 503, attempt: 1, durationMs: "number", retryInMs: 0 },
      {
        level: "info",
        method: "POST",
        url: `${server.url}/api/v1/projects`,
        status: 201,
        attempt: 2,
        durationMs: "number",
        retryInMs: undefined,
      },
    ]);
    expect(lines[0]!.message).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/projects answered 503 \(attempt 1, \d+ ms\); retrying in 0 ms$/,
    );
    expect(lines[1]!.message).toMatch(/answered 201 \(attempt 2, \d+ ms\)$/);
    const all = JSON.stringify(lines);
    expect(all).not.toContain("QUERY-SECRET");
    expect(all).not.toContain(createBody.source_video_url);
    expectNoSecret(lines);
  });

  it("reports an attempt that got no answer, and the last one before the error is thrown", async () => {
    const { lines, logger } = recorder();
    const { client } = await setup((_, res) => res.socket!.destroy(), {
      logger,
      retry: { maxRetries: 1, initialDelayMs: 5, maxDelayMs: 5 },
    });
    await expect(client.GET("/api/v1/balance")).rejects.toThrow(/failed/);
    expect(lines.map(({ level, details }) => [level, details.status, details.attempt, details.retryInMs])).toEqual([
      ["warn", undefined, 1, expect.any(Number)],
      ["warn", undefined, 2, undefined],
    ]);
    expect(lines[0]!.message).toMatch(/got no answer \(attempt 1, \d+ ms\); retrying in [0-5] ms$/);
    expect(lines[1]!.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/balance got no answer \(attempt 2, \d+ ms\)$/);
  });

  it("logs from logLevel up, to the console when no logger is given, and nothing when off", async () => {
    const { lines, logger } = recorder();
    const handler = (_: unknown, res: Parameters<typeof json>[0], i: number) =>
      i % 2 === 0 ? json(res, 500, { error: "InternalError", message: "boom" }) : json(res, 200, { balance_minutes: 5 });
    const { client: quiet } = await setup(handler, { logger, logLevel: "warn" });
    await quiet.GET("/api/v1/balance");
    expect(lines.map((l) => l.level)).toEqual(["warn"]);

    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { client: toConsole } = await setup(handler, { logLevel: "info" });
      await toConsole.GET("/api/v1/balance");
      expect([warn.mock.calls.length, info.mock.calls.length]).toEqual([1, 1]);
      const { client: off } = await setup(handler, { logger, logLevel: "off" });
      await off.GET("/api/v1/balance");
      expect(lines).toHaveLength(1);
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });

  it("refuses an unknown logLevel", async () => {
    await expect(setup(() => {}, { logLevel: "verbose" as never })).rejects.toThrow(
      "logLevel must be one of debug, info, warn, error, off",
    );
  });
});

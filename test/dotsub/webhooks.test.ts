// Dotsub Notifications: parsing and validation against the spec's schema, and the example receiver. Runs in a worker
// started with --disallow-code-generation-from-strings (vitest.config.ts).
import { type IncomingMessage, request } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { MAX_PAYLOAD_BYTES, parseTaskNotification, type TaskNotification, WebhookPayloadError } from "@apispec/dotsub/webhooks";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { createReceiver } from "../../examples/dotsub-webhook-receiver.mjs";

// The sample notification from the vendor's documentation.
const sample = {
  dateTime: "2019-05-31T10:59:22Z",
  action: "CAPTIONING_FINISHED",
  taskId: "1",
  projectId: "1",
  mediaId: "1",
  languageId: "en-US",
  mediaExternalId: "vKdatbDc",
  mediaTags: ["tag1", "tag2"],
  errorDetail: "Detailed information in case of error notifications",
  downloadUrl: "https://videotms.com/api/media/1/languages/en-US/subtitles/vtt",
};

function rejection(payload: unknown): WebhookPayloadError {
  try {
    parseTaskNotification(payload);
  } catch (error) {
    if (error instanceof WebhookPayloadError) return error;
    throw error;
  }
  throw new Error("the payload was accepted");
}

describe("parseTaskNotification", () => {
  it("runs where code generation from strings is forbidden (vitest.config.ts), as receivers on Workers or under CSP do", () => {
    expect(() => new Function("return 1")).toThrow(EvalError);
  });

  it("returns the documented sample typed, from a string, bytes or parsed JSON", () => {
    const event = parseTaskNotification(JSON.stringify(sample));
    expectTypeOf(event).toEqualTypeOf<TaskNotification>();
    expectTypeOf(event.action).not.toEqualTypeOf<string>();
    expect(event).toEqual(sample);
    expect(parseTaskNotification(new TextEncoder().encode(JSON.stringify(sample)))).toEqual(sample);
    expect(parseTaskNotification(sample)).toEqual(sample);
  });

  it("accepts an action without a task, as media-level actions have none", () => {
    expect(parseTaskNotification({ dateTime: "2019-05-31T10:59:22Z", action: "MEDIA_ENCODING_FAILED", taskId: null }).action).toBe(
      "MEDIA_ENCODING_FAILED",
    );
  });

  it("refuses a body that is not JSON", () => {
    const error = rejection('{"action": ');
    expect(error.field).toBe("");
    expect(error.message).toMatch(/^invalid taskNotification payload: the body is not valid JSON/);
  });

  it("names a missing required field", () => {
    const { dateTime: _, ...withoutDate } = sample;
    const error = rejection(withoutDate);
    expect(error.field).toBe("/dateTime");
    expect(error.message).toBe("invalid taskNotification payload: /dateTime is required");
  });

  it("names an unknown action", () => {
    const error = rejection({ ...sample, action: "CAPTIONING_EXPLODED" });
    expect(error.field).toBe("/action");
    expect(error.message).toMatch(
      /^invalid taskNotification payload: \/action must be equal to one of the allowed values: CAPTIONING_REQUEST/,
    );
  });

  it("names a field of the wrong type or format, and counts the other problems", () => {
    const error = rejection({ ...sample, dateTime: "yesterday", mediaTags: "tag1" });
    expect(error.problems.map((p) => p.field).sort()).toEqual(["/dateTime", "/mediaTags"]);
    expect(error.message).toMatch(/\(and 1 more problem\)$/);
  });
});

describe("parseTaskNotification against hostile deliveries", () => {
  it("lists the first 20 problems of a payload with thousands, and counts them all", () => {
    const error = rejection({ ...sample, mediaTags: Array.from({ length: 5_000 }, (_, i) => i) });
    expect(error.problems).toHaveLength(20);
    expect(error.problemCount).toBe(5_000);
    expect(error.message).toMatch(/\(and 4999 more problems\)$/);
  });

  it("refuses a body over MAX_PAYLOAD_BYTES before parsing it, as text, bytes or parsed JSON", () => {
    const large = { ...sample, errorDetail: "x".repeat(MAX_PAYLOAD_BYTES) };
    for (const payload of [JSON.stringify(large), new TextEncoder().encode(JSON.stringify(large)), large]) {
      const error = rejection(payload);
      expect(error.field).toBe("");
      expect(error.message).toBe(`invalid taskNotification payload: the body is larger than ${MAX_PAYLOAD_BYTES} bytes`);
    }
  });

  it("refuses keys that would change a prototype when the payload is merged, at any depth", () => {
    const top = rejection(`{"dateTime":"2019-05-31T10:59:22Z","action":"CAPTIONING_FINISHED","__proto__":{"polluted":true}}`);
    expect(top.field).toBe("/__proto__");
    const nested = rejection({ ...sample, extra: [{ constructor: { prototype: { polluted: true } } }] });
    expect(nested.field).toBe("/extra/0/constructor");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts only an https downloadUrl, since deliveries are unauthenticated and receivers fetch it with their token", () => {
    for (const url of ["javascript:alert(1)", "file:///etc/passwd", "http://videotms.com/api/media/1/languages/en-US/subtitles/vtt"]) {
      const error = rejection({ ...sample, downloadUrl: url });
      expect(error.field).toBe("/downloadUrl");
    }
    expect(parseTaskNotification({ ...sample, downloadUrl: null }).downloadUrl).toBeNull();
  });
});

describe("example receiver (examples/dotsub-webhook-receiver.mjs)", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function start(onEvent?: (event: TaskNotification) => void | Promise<void>) {
    const events: TaskNotification[] = [];
    const logged: unknown[][] = [];
    const server = createReceiver(onEvent ?? ((event) => void events.push(event)), { log: (...args: unknown[]) => void logged.push(args) });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()));
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    return {
      events,
      logged,
      port,
      post: (body: string) => fetch(url, { method: "POST", body, headers: { "Content-Type": "application/json" } }),
    };
  }

  it("hands valid deliveries to the handler and answers 204", async () => {
    const { events, post } = await start();
    expect((await post(JSON.stringify(sample))).status).toBe(204);
    expect(events).toEqual([sample]);
  });

  it("answers 400 with the reason for an invalid delivery, and does not call the handler", async () => {
    const { events, post } = await start();
    const response = await post(JSON.stringify({ ...sample, action: "NOPE" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: "/action" });
    expect(events).toEqual([]);
  });

  it("answers 500 and logs when the handler throws, and keeps serving", async () => {
    let calls = 0;
    const { logged, post } = await start(async () => {
      if (++calls === 1) throw new Error("database is down");
    });
    expect((await post(JSON.stringify(sample))).status).toBe(500);
    expect(logged.flat().some((entry) => entry instanceof Error && entry.message === "database is down")).toBe(true);
    expect((await post(JSON.stringify(sample))).status).toBe(204);
  });

  it("answers 413 to a body over the limit and closes the connection instead of leaving it hanging", async () => {
    const { events, port } = await start();
    const agent = new (await import("node:http")).Agent({ keepAlive: true });
    const { response, socket } = await new Promise<{ response: IncomingMessage; socket: Socket }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", path: "/", agent, headers: { "Content-Type": "application/json" } });
      req.on("response", (response) => resolve({ response, socket: response.socket }));
      req.on("error", reject);
      req.write(Buffer.alloc(MAX_PAYLOAD_BYTES + 1, 0x20));
      // The rest of the body is never sent: the receiver must not wait for it.
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe("close");
    response.resume();
    if (!socket.destroyed) await new Promise((resolve) => socket.once("close", resolve));
    expect(socket.destroyed).toBe(true);
    expect(events).toEqual([]);
    agent.destroy();
  });
});

// Dotsub Notifications: parsing and validation against the spec's schema, and the example receiver.
import type { AddressInfo } from "node:net";
import { parseTaskNotification, WebhookPayloadError, type TaskNotification } from "@apispec/dotsub/webhooks";
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
  it("returns the documented sample typed, from a string, bytes or parsed JSON", () => {
    const event = parseTaskNotification(JSON.stringify(sample));
    expectTypeOf(event).toEqualTypeOf<TaskNotification>();
    expectTypeOf(event.action).not.toEqualTypeOf<string>();
    expect(event).toEqual(sample);
    expect(parseTaskNotification(new TextEncoder().encode(JSON.stringify(sample)))).toEqual(sample);
    expect(parseTaskNotification(sample)).toEqual(sample);
  });

  it("accepts an action without a task, as media-level actions have none", () => {
    expect(parseTaskNotification({ dateTime: "2019-05-31T10:59:22Z", action: "MEDIA_ENCODING_FAILED", taskId: null }).action).toBe("MEDIA_ENCODING_FAILED");
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
    expect(error.message).toMatch(/^invalid taskNotification payload: \/action must be equal to one of the allowed values: CAPTIONING_REQUEST/);
  });

  it("names a field of the wrong type or format, and counts the other problems", () => {
    const error = rejection({ ...sample, dateTime: "yesterday", mediaTags: "tag1" });
    expect(error.problems.map((p) => p.field).sort()).toEqual(["/dateTime", "/mediaTags"]);
    expect(error.message).toMatch(/\(and 1 more problem\)$/);
  });
});

describe("example receiver (examples/dotsub-webhook-receiver.mjs)", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function start() {
    const events: TaskNotification[] = [];
    const server = createReceiver((event) => void events.push(event));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return { events, post: (body: string) => fetch(url, { method: "POST", body, headers: { "Content-Type": "application/json" } }) };
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
});

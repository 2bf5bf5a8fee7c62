// @ts-check
// A Dotsub Notifications receiver on plain node:http. Valid deliveries are handed to `onEvent` and answered
// 204; invalid ones are answered 400 with the reason, so VideoTMS (and you) can see what was wrong. A handler
// that fails gets a 500 (VideoTMS may deliver again), and the error is logged.
//
//   npm run build && node examples/dotsub-webhook-receiver.mjs     # listens on http://127.0.0.1:8787/
//
// The source does not say how VideoTMS authenticates deliveries (probably Basic auth with the organization's
// webhook username and password): check that before trusting an event. The parser accepts only an https
// `downloadUrl`, but fetch it with your token only from a host you expect.
import { createServer } from "node:http";
import { MAX_PAYLOAD_BYTES, parseTaskNotification, WebhookPayloadError } from "@apispec/dotsub/webhooks";

/**
 * @param {(event: import("@apispec/dotsub/webhooks").TaskNotification) => void | Promise<void>} onEvent
 * @param {{ log?: (...args: unknown[]) => void }} [options] where handler failures are reported (default console.error)
 */
export function createReceiver(onEvent, { log = console.error } = {}) {
  return createServer(async (req, res) => {
    if (req.method !== "POST") return void res.writeHead(405, { Allow: "POST" }).end();
    const { socket } = req;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      // The rest of the body is not read, so the connection cannot carry another request: close it.
      if (size > MAX_PAYLOAD_BYTES) return void res.writeHead(413, { Connection: "close" }).end(() => socket.destroy());
      chunks.push(chunk);
    }
    let event;
    try {
      event = parseTaskNotification(Buffer.concat(chunks));
    } catch (error) {
      if (!(error instanceof WebhookPayloadError)) throw error;
      res.writeHead(400, { "Content-Type": "application/json" });
      return void res.end(JSON.stringify({ error: error.message, field: error.field }));
    }
    try {
      await onEvent(event);
    } catch (error) {
      log("dotsub webhook: the handler failed", error);
      return void res.writeHead(500).end();
    }
    res.writeHead(204).end();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8787);
  createReceiver((event) =>
    console.log(`${event.dateTime} ${event.action} media=${event.mediaId ?? "-"} task=${event.taskId ?? "-"}`),
  ).listen(port, "127.0.0.1", () => console.log(`Dotsub webhook receiver listening on http://127.0.0.1:${port}/`));
}

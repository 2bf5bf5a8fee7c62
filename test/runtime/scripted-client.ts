// One Dubformer client against a scripted server on 127.0.0.1, for the runtime behaviour tests: the runtime's
// retry, timeout, idempotency-key and error-shape behaviour seen through a generated client (Dubformer's
// takes an API key and gives its POSTs an Idempotency-Key, so every part of the runtime's call path is used).
import { createDubformerClient } from "@apispec/dubformer";
import { afterEach, expect } from "vitest";
import { type Handler, startLocalServer } from "../support/local-server.js";

export const SECRET = "sk-live-VERY-SECRET-4242";
const fastRetry = { maxRetries: 2, initialDelayMs: 5, maxDelayMs: 20 };

type Options = Parameters<typeof createDubformerClient>[0] extends infer O ? Partial<O> : never;

/** `setup(handler, options)` for the calling test file; its servers are closed after each test. */
export function scriptedClients() {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async function setup(handler: Handler, options: Options = {}) {
    const server = await startLocalServer(handler);
    servers.push(server);
    const client = createDubformerClient({ apiKey: SECRET, baseUrl: server.url, retry: fastRetry, ...options });
    return { server, client };
  };
}

export const createBody = { source_lang: "en", target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" };
export const created = {
  project_id: "1",
  cost_minutes: 1,
  estimated_completion_date: "2024-06-05T12:00:00Z",
  balance_minutes: 9,
  translations_count: 0,
};

export function expectNoSecret(value: unknown) {
  const text =
    value instanceof Error ? `${value.message}\n${value.stack}\n${String(value.cause)}\n${JSON.stringify(value)}` : JSON.stringify(value);
  expect(text).not.toContain(SECRET);
}

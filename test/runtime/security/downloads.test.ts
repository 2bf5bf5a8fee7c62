// download() against a server that names its files to escape the caller's directory or to mislead, per-call
// headers in every form HeadersInit allows, and downloads streamed rather than held in memory.
import { createDubberClient } from "@apispec/dubber";
import { fileNameOf } from "@apispec/runtime/internal";
import { describe, expect, it } from "vitest";
import { send, serve } from "./hostile.js";

const credentials = { clientId: "key", clientSecret: "secret", username: "auth-id", password: "auth-token", retry: false as const };
const recording = { params: { path: { recording_id: "r-1" } } };

/** A Dubber stand-in serving `audio` for every recording, with `disposition` as its Content-Disposition. */
async function dubber(audio: Uint8Array, disposition?: string) {
  const server = await serve((req, res) => {
    if (req.path === "/token") return send(res, 200, JSON.stringify({ access_token: "t", expires_in: 3600 }));
    res.writeHead(200, { "Content-Type": "audio/wav", ...(disposition ? { "Content-Disposition": disposition } : {}) });
    res.end(audio);
  });
  return {
    server,
    client: createDubberClient({ ...credentials, baseUrl: server.url }),
    api: () => server.seen.filter((r) => r.path !== "/token"),
  };
}

describe("the file name a server sends", () => {
  it.for([
    ['attachment; filename="../../.ssh/authorized_keys"', "authorized_keys"],
    ['attachment; filename="/etc/cron.d/x"', "x"],
    ['attachment; filename="C:\\\\Windows\\\\System32\\\\evil.dll"', "evil.dll"],
    ["attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", "passwd"],
    ["attachment; filename*=UTF-8''a%00b.wav", "ab.wav"],
    ["attachment; filename*=UTF-8''a%0D%0AX-Injected%201.wav", "aX-Injected 1.wav"],
    ["attachment; filename*=UTF-8''invoice%E2%80%AEvaw.exe", "invoicevaw.exe"],
    ["attachment; filename*=UTF-8''%E2%81%A6x%E2%81%A9.wav", "x.wav"],
    ['attachment; filename=".."', undefined],
    ['attachment; filename="dir/"', undefined],
    ['attachment; filename="C:"', undefined],
    ["attachment; filename*=UTF-8''r%C3%A9union%201.wav", "réunion 1.wav"],
  ] as const)("%s gives %s", async ([disposition, expected]) => {
    const { client } = await dubber(new Uint8Array([1, 2, 3]), disposition);
    const { data } = await client.download("/recordings/{recording_id}", { ...recording, accept: "audio/*" });
    expect(data!.fileName).toBe(expected);
    expect(fileNameOf(disposition)).toBe(expected);
  });
});

describe("per-call headers", () => {
  it.for([
    ["a Headers object", new Headers({ "X-Trace": "t-1" })],
    ["tuples", [["X-Trace", "t-1"]]],
    ["a record", { "X-Trace": "t-1" }],
  ] as const)("given as %s are sent, with the Accept the download asks for", async ([, headers]) => {
    const { client, api } = await dubber(new Uint8Array([1]));
    await client.download("/recordings/{recording_id}", { ...recording, accept: "audio/mpeg", headers: headers as HeadersInit });
    expect(api()[0]!.headers).toMatchObject({ "x-trace": "t-1", accept: "audio/mpeg" });
  });
});

describe("a streamed download", () => {
  it("hands over the body as a ReadableStream, whatever its size, with the file name", async () => {
    const audio = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256);
    const { server } = await dubber(audio, 'attachment; filename="call.wav"');
    // Small enough a limit that buffering this download would be refused.
    const client = createDubberClient({ ...credentials, baseUrl: server.url, maxResponseBytes: 1_000 });
    const { data, status } = await client.download("/recordings/{recording_id}", { ...recording, accept: "audio/*", stream: true });
    expect(status).toBe(200);
    expect(data!.stream).toBeInstanceOf(ReadableStream);
    expect(data).toMatchObject({ fileName: "call.wav", contentType: "audio/wav" });
    expect(new Uint8Array(await new Response(data!.stream).arrayBuffer())).toEqual(audio);
    const buffered = await client.download("/recordings/{recording_id}", { ...recording, accept: "audio/*" }).catch((e: unknown) => e);
    expect(buffered).toMatchObject({ name: "ApiResponseError", status: 200 });
  });
});

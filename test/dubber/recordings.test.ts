// Dubber recordings through the generated client: JSON metadata from the mock, audio downloads
// from the mock (headers) and from a local server (exact bytes).
import { type components, createDubberClient } from "@apispec/dubber";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

const credentials = { clientId: "key", clientSecret: "secret", username: "auth-id", password: "auth-token" };
const recording = { params: { path: { recording_id: "1630277230047825923" } } };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe("Dubber recordings", () => {
  const client = createDubberClient({ ...credentials, baseUrl: inject("mockUrls").dubber!, retry: false });

  it("getRecording returns typed metadata with the id kept as a string", async () => {
    const { data, status } = await client.GET("/recordings/{recording_id}", recording);
    expect(status).toBe(200);
    expectTypeOf(data!.id).toEqualTypeOf<string | undefined>();
    expect(data!.id).toBe("1630277230047825923");
    expect(data).toMatchObject({ call_type: "inbound", duration: 464 });
  });

  it("download asks for audio and returns the bytes, media type and file name", async () => {
    const { data, status } = await client.download("/recordings/{recording_id}", { ...recording, accept: "audio/mpeg" });
    expect(status).toBe(200);
    expect(data!.contentType).toBe("audio/mpeg");
    expect(data!.fileName).toBe("3996569195.mp3");
    expect(data!.bytes).toBeInstanceOf(Uint8Array);
    expect(data!.bytes.byteLength).toBeGreaterThan(0);
  });

  it("download returns exactly the bytes the server sent", async () => {
    const audio = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256);
    const server = await startLocalServer((req, res) => {
      if (req.path === "/token") return json(res, 200, { access_token: "t", token_type: "bearer", expires_in: 3600 });
      expect(req.headers.accept).toBe("audio/*");
      res.writeHead(200, { "Content-Type": "audio/wav", "Content-Disposition": `attachment; filename*=UTF-8''r%C3%A9union%201.wav` });
      res.end(audio);
    });
    closers.push(server.close);
    const local = createDubberClient({ ...credentials, baseUrl: server.url });
    const { data } = await local.download("/recordings/{recording_id}", { ...recording, accept: "audio/*" });
    expect(data!.bytes).toEqual(audio);
    expect(data!.fileName).toBe("réunion 1.wav");
    expect(data!.contentType).toBe("audio/wav");
  });

  it("download returns the typed error when the recording is missing", async () => {
    // Prism ignores `Prefer: code=404` when Accept asks for audio, so a local server answers here.
    const server = await startLocalServer((req, res) =>
      req.path === "/token"
        ? json(res, 200, { access_token: "t", token_type: "bearer", expires_in: 3600 })
        : json(res, 404, { status: 404, message: "Recording not found", code: 1004 }),
    );
    closers.push(server.close);
    const local = createDubberClient({ ...credentials, baseUrl: server.url });
    const { data, error, status } = await local.download("/recordings/{recording_id}", { ...recording, accept: "audio/mpeg" });
    expect(data).toBeUndefined();
    expect(status).toBe(404);
    expect(error).toEqual({ status: 404, message: "Recording not found", code: 1004 });
  });

  it("answers rate limiting with Dubber's 403 error body", async () => {
    const { status, error } = await client.GET("/profile", { headers: { Prefer: "code=403" } });
    expect(status).toBe(403);
    expectTypeOf<components["schemas"]["DubberError"]>().toHaveProperty("code");
    expect(error).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
  });
});

// Kazoo media through the generated client: TTS documents in and out of the envelope, paged listings, the audio
// file by content negotiation, and typed request bodies, against the Prism mock and a local Crossbar stand-in.
import { type components, createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const MEDIA = "5e3a1c7b9d2f4e6a8b0c1d2e3f4a5b6c";
const media = { params: { path: { account_id: ACCOUNT, media_id: MEDIA } } };
const tts = { name: "TestTTS", media_source: "tts", tts: { text: "Testing TTS", voice: "female/en-US" } } as const;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function crossbar(handle: Parameters<typeof startLocalServer>[0]) {
  const server = await startLocalServer(handle);
  closers.push(server.close);
  return { server, client: createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "token-1" }, retry: false }) };
}

describe("Kazoo media against the mock", () => {
  const client = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });

  it("createMedia takes the TTS document unwrapped and answers with the stored document unwrapped", async () => {
    const { data, envelope, status } = await client.PUT("/accounts/{account_id}/media", {
      params: { path: { account_id: ACCOUNT } },
      body: tts,
    });
    // Prism validates the request against MediaRequest, which needs the document inside `data`.
    expect(status).toBe(201);
    expectTypeOf(data).toExtend<components["schemas"]["Media"] | undefined>();
    expect(data).toMatchObject({ id: expect.any(String), name: expect.any(String), media_source: "upload" });
    expect(data).not.toHaveProperty("data");
    expect(envelope).toMatchObject({ status: "success" });
  });

  it("refuses a media_source outside the enum, at compile time and with a 400 from the mock", async () => {
    const { status, error, response } = await client.PUT("/accounts/{account_id}/media", {
      params: { path: { account_id: ACCOUNT } },
      // @ts-expect-error media_source is upload, recording or tts
      body: { name: "File", media_source: "video" },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({ status: "error", error: "400" });
    // Prism answers with the documented 400 example and names the violation in its header.
    const violations: { location: string[] }[] = JSON.parse(response.headers.get("sl-violations") ?? "[]");
    expect(violations.map((v) => v.location.join("/"))).toContain("request/body/data/media_source");
  });

  it("lists the account's media with paginate()", async () => {
    const items: components["schemas"]["MediaSummary"][] = [];
    for await (const item of client.paginate("/accounts/{account_id}/media", { params: { path: { account_id: ACCOUNT } } }))
      items.push(item);
    expect(items).toEqual([{ id: MEDIA, is_prompt: false, language: "en-us", media_source: "tts", name: "Main AA BG" }]);
  });

  it("getMedia answers the document as JSON by default", async () => {
    const { data, status } = await client.GET("/accounts/{account_id}/media/{media_id}", media);
    expect(status).toBe(200);
    expect(data).toMatchObject({ id: MEDIA, media_source: "tts", tts: { voice: "female/en-US" } });
  });

  it("download asks for audio and returns bytes, media type and file name", async () => {
    const { data, status } = await client.download("/accounts/{account_id}/media/{media_id}", { ...media, accept: "audio/*" });
    expect(status).toBe(200);
    expect(data!.contentType).toMatch(/^audio\//);
    expect(data!.fileName).toBe("uploaded_file_63658119347.mp3");
    expect(data!.bytes).toBeInstanceOf(Uint8Array);
    expect(data!.bytes.byteLength).toBeGreaterThan(0);
  });

  it("lists system prompts and their translation counts without an account", async () => {
    const { data, status } = await client.GET("/media/prompts");
    expect(status).toBe(200);
    expect(data).toHaveLength(1);
    expect(data![0]).toMatchObject({ "conf-alone": 1, "agent-enter_pin": 1 });
  });
});

describe("Kazoo media against a local Crossbar", () => {
  it("sends the TTS document inside data and unwraps the answer", async () => {
    const { server, client } = await crossbar((req, res) =>
      json(res, 201, { status: "success", request_id: "req-1", data: { ...JSON.parse(req.body).data, id: MEDIA, streamable: true } }),
    );
    const { data, envelope } = await client.PUT("/accounts/{account_id}/media", { params: { path: { account_id: ACCOUNT } }, body: tts });
    expect(server.seen.map((r) => [r.method, r.path, JSON.parse(r.body)])).toEqual([
      ["PUT", `/v2/accounts/${ACCOUNT}/media`, { data: tts }],
    ]);
    expect(data).toEqual({ ...tts, id: MEDIA, streamable: true });
    expect(envelope).toMatchObject({ status: "success", request_id: "req-1" });
  });

  it("paginate() follows next_start_key across pages of media", async () => {
    const pages: Record<string, object> = {
      "": { data: [{ id: MEDIA, name: "one" }], next_start_key: "g2wAAAAB" },
      g2wAAAAB: { data: [{ id: "7d9e2b4c6a8f40e1b3c5d7e9f1a3b5c7", name: "two" }] },
    };
    const { server, client } = await crossbar((req, res) => {
      const key = new URL(req.path, "http://127.0.0.1").searchParams.get("start_key") ?? "";
      json(res, 200, { status: "success", page_size: 1, ...pages[key] });
    });
    const names: (string | undefined)[] = [];
    for await (const item of client.paginate("/accounts/{account_id}/media", {
      params: { path: { account_id: ACCOUNT }, query: { page_size: 1 } },
    }))
      names.push(item.name);
    expect(names).toEqual(["one", "two"]);
    expect(server.seen.map((r) => r.path)).toEqual([
      `/v2/accounts/${ACCOUNT}/media?page_size=1`,
      `/v2/accounts/${ACCOUNT}/media?page_size=1&start_key=g2wAAAAB`,
    ]);
  });

  it("download returns exactly the stored bytes with Crossbar's media type and file name", async () => {
    const audio = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7) % 256);
    const { server, client } = await crossbar((_req, res) => {
      res.writeHead(200, { "Content-Type": "audio/x-wav", "Content-Disposition": "attachment; filename=text_to_speech_63658119347.wav" });
      res.end(audio);
    });
    const { data } = await client.download("/accounts/{account_id}/media/{media_id}", { ...media, accept: "audio/*" });
    expect(server.seen[0]!.headers.accept).toBe("audio/*");
    expect(data).toEqual({ bytes: audio, contentType: "audio/x-wav", fileName: "text_to_speech_63658119347.wav" });
  });

  it("percent-encodes a prompt media ID, so its slash stays inside the path segment", async () => {
    const { server, client } = await crossbar((_req, res) =>
      json(res, 200, { status: "success", data: { id: "fr-fr/vm-enter_pass", name: "vm-enter_pass" } }),
    );
    const { data } = await client.GET("/accounts/{account_id}/media/{media_id}", {
      params: { path: { account_id: ACCOUNT, media_id: "fr-fr/vm-enter_pass" } },
    });
    expect(server.seen[0]!.path).toBe(`/v2/accounts/${ACCOUNT}/media/fr-fr%2Fvm-enter_pass`);
    expect(data?.id).toBe("fr-fr/vm-enter_pass");
  });
});

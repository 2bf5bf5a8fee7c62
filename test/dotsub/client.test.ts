// Dotsub through the generated client: paging, uploads and subtitle downloads, against the Prism mock
// and against a local server where exact requests are checked.
import { type components, createDotsubClient } from "@apispec/dotsub";
import { createAccessToken } from "@apispec/dotsub/operations";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { formParts, json, startLocalServer } from "../support/local-server.js";

type Media = components["schemas"]["Media"];
const mockUrl = inject("mockUrls").dotsub!;
// The mock's base URL alone: the token request goes to the same mock.
const mock = createDotsubClient({
  baseUrl: mockUrl,
  clientId: "id",
  clientSecret: "secret",
  retry: false,
});
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A local VideoTMS: tokens for anyone, three pages of media, and every other request recorded and answered 200. */
async function local() {
  const media = (id: string) => ({ mediaId: id, title: `Video ${id}` });
  const pages = [[media("1"), media("2")], [media("3"), media("4")], [media("5")]];
  const server = await startLocalServer((req, res) => {
    if (req.path === "/oauth/token") return json(res, 200, { access_token: "jwt", token_type: "Bearer", expires_in: 86_400 });
    const url = new URL(req.path, "http://x");
    if (url.pathname === "/api/media") {
      const index = Number(url.searchParams.get("pageIndex") ?? 0);
      const content = pages[index] ?? [];
      return json(res, 200, {
        content,
        number: index,
        size: 2,
        totalPages: pages.length,
        totalElements: 5,
        last: index >= pages.length - 1,
        first: index === 0,
        numberOfElements: content.length,
        empty: content.length === 0,
      });
    }
    json(res, 200, { id: "1" });
  });
  closers.push(server.close);
  const client = createDotsubClient({ baseUrl: server.url, tokenUrl: `${server.url}/oauth/token`, clientId: "id", clientSecret: "secret" });
  return { server, client, api: () => server.seen.filter((r) => r.path !== "/oauth/token") };
}

describe("Dotsub paging", () => {
  it("iterates every media item across pages until the last one", async () => {
    const { client, api } = await local();
    const ids: string[] = [];
    for await (const media of client.paginate("/api/media", { params: { query: { pageSize: 2 } } })) {
      expectTypeOf(media).toEqualTypeOf<Media>();
      ids.push(media.mediaId);
    }
    expect(ids).toEqual(["1", "2", "3", "4", "5"]);
    expect(api().map((r) => r.path)).toEqual([
      "/api/media?pageSize=2",
      "/api/media?pageSize=2&pageIndex=1",
      "/api/media?pageSize=2&pageIndex=2",
    ]);
  });

  it("stops early when the loop does, without fetching further pages", async () => {
    const { client, api } = await local();
    for await (const media of client.paginate("/api/media")) if (media.mediaId === "2") break;
    expect(api()).toHaveLength(1);
  });

  it("reads the mock's documented first page of tasks", async () => {
    // The vendor's example is page 1 of 10 and the mock always serves it, so stop after its two items.
    const items = [];
    for await (const task of mock.paginate("/api/tasks")) if (items.push(task) === 2) break;
    expect(items.map((t) => typeof t.id)).toEqual(["string", "string"]);
  });
});

describe("Dotsub uploads", () => {
  const srt = "1\n00:00:06,000 --> 00:00:09,000\nThere are billions of galaxies\n";
  const params = { path: { mediaId: "27", languageId: "en-US" } };

  it.each([
    ["a string", srt],
    ["a Uint8Array", new TextEncoder().encode(srt)],
    ["a Blob", new Blob([srt], { type: "application/x-subrip" })],
  ])("uploads a subtitle file given as %s", async (_, file) => {
    const { client, api } = await local();
    const { status } = await client.POST("/api/media/{mediaId}/languages/{languageId}/subtitles", { params, body: { subtitleFile: file } });
    expect(status).toBe(200);
    const form = await formParts(api()[0]!);
    const part = form.get("subtitleFile") as File;
    expect(await part.text()).toBe(srt);
    expect(part.type).toBe(file instanceof Blob ? "application/x-subrip" : "application/octet-stream");
  });

  it("sends the completeTask header when asked", async () => {
    const { client, api } = await local();
    await client.POST("/api/media/{mediaId}/languages/{languageId}/subtitles", {
      params: { ...params, header: { completeTask: true } },
      body: { subtitleFile: srt },
    });
    expect(api()[0]!.headers.completetask).toBe("true");
  });

  it("uploads a glossary as a CSV part plus a JSON payload part", async () => {
    const { client, api } = await local();
    const csv = "en-US,fr-FR\nAdapter,Adaptateur\n";
    await client.POST("/api/projects/{projectId}/glossaries", {
      params: { path: { projectId: "1" } },
      body: { glossaryFile: csv, glossaryPayload: { name: "Technical terms", projectDefault: true } },
    });
    const form = await formParts(api()[0]!);
    const file = form.get("glossaryFile") as File;
    const payload = form.get("glossaryPayload") as File;
    expect([file.type, await file.text()]).toEqual(["text/csv", csv]);
    expect(payload.type).toBe("application/json");
    expect(JSON.parse(await payload.text())).toEqual({ name: "Technical terms", projectDefault: true });
  });

  it("is accepted by the mock, which validates the multipart body against the spec", async () => {
    const subtitle = await mock.POST("/api/media/{mediaId}/languages/{languageId}/subtitles", {
      params,
      body: { subtitleFile: new TextEncoder().encode(srt) },
    });
    expect(subtitle.status).toBeLessThan(300);
    const glossary = await mock.POST("/api/projects/{projectId}/glossaries", {
      params: { path: { projectId: "1" } },
      body: { glossaryFile: "en-US,fr-FR\nAdapter,Adaptateur\n", glossaryPayload: { name: "Technical terms", projectDefault: true } },
    });
    expect(glossary.status).toBeLessThan(300);
  });

  it("is refused by the mock, with the reason, when the file part is missing", async () => {
    // @ts-expect-error subtitleFile is required
    const { status, response } = await mock.POST("/api/media/{mediaId}/languages/{languageId}/subtitles", { params, body: {} });
    expect(status).toBe(400);
    expect(response.headers.get("sl-violations")).toContain("subtitleFile");
  });
});

describe("Dotsub subtitle downloads", () => {
  it.each([
    ["VTT", "text/vtt", /^WEBVTT\n/],
    ["SRT", "application/x-subrip", /^1\n00:00:01,000 --> 00:00:03,000\n/],
    ["TTML", "application/ttml+xml", /<tt[\s>]/],
    ["SSA", "text/x-ssa", /\[Script Info\]/],
  ] as const)("returns %s subtitles as text", async (format, type, content) => {
    const { data, status, response } = await mock.GET("/api/media/{mediaId}/languages/{languageId}/subtitles/{subtitleFormat}", {
      params: { path: { mediaId: "27", languageId: "en-US", subtitleFormat: format } },
      headers: { Accept: type },
      parseAs: "text",
    });
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toContain(type);
    expectTypeOf(data!).toEqualTypeOf<string>();
    expect(data).toMatch(content);
  });

  it("explains how to read a text answer when JSON is expected", async () => {
    await expect(
      // @ts-expect-error: the types demand parseAs for an operation without a JSON answer.
      mock.GET("/api/media/{mediaId}/languages/{languageId}/subtitles/{subtitleFormat}", {
        params: { path: { mediaId: "27", languageId: "en-US", subtitleFormat: "VTT" } },
      }),
    ).rejects.toThrow(/body that is not JSON [\s\S]* pass parseAs: "text"/);
  });
});

describe("Dotsub operations served elsewhere", () => {
  /** The URLs a client asks, answered with a token (no network: fetch is where the request would leave). */
  function recording() {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return Response.json({ access_token: "t", token_type: "Bearer", expires_in: 86_400 });
    };
    return { urls, fetch };
  }
  const body = {
    client_id: "id",
    client_secret: "secret",
    audience: "https://videotms.com/api/v3/",
    grant_type: "client_credentials",
  } as const;

  it("sends createAccessToken to the token operation's own server while the client uses the spec's", async () => {
    const { urls, fetch } = recording();
    const client = createDotsubClient({ clientId: "id", clientSecret: "secret", fetch });
    const { status } = await createAccessToken(client, { body });
    expect(status).toBe(200);
    expect(urls).toEqual(["https://login.videotms.com/oauth/token"]);
  });

  it("sends it to any other baseUrl (a mock) like every other call", async () => {
    const { urls, fetch } = recording();
    const client = createDotsubClient({ baseUrl: "http://127.0.0.1:4012", clientId: "id", clientSecret: "secret", fetch });
    await createAccessToken(client, { body });
    expect(urls).toEqual(["http://127.0.0.1:4012/oauth/token"]);
  });
});

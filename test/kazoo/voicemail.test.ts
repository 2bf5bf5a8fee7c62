// Voicemail boxes and messages through the generated Kazoo client, against the Prism mock of the spec:
// box CRUD, the listings, bulk message changes with their typed answers, and the audio and ZIP downloads.
import { type components, createKazooClient } from "@apispec/kazoo";
import { describe, expect, expectTypeOf, inject, it } from "vitest";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const BOX = "3a63acc3694ba189947235ae4727941b";
const MESSAGE = "201605-6aadef09f6fcf5fd8bcdfca312e923ba";
const box = { account_id: ACCOUNT, vmbox_id: BOX };
const kazoo = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });
const violations = (response: Response) => response.headers.get("sl-violations") ?? "";

describe("voicemail boxes", () => {
  it("creates a box and answers it with its id", async () => {
    const { status, data } = await kazoo.PUT("/accounts/{account_id}/vmboxes", {
      params: { path: { account_id: ACCOUNT } },
      body: { name: "VMBox 0", mailbox: "3000", pin: "0000", require_pin: true, owner_id: "f1d98a5df729f95cd208ee9430e3b21b" },
    });
    expect(status).toBe(201);
    expect(data).toMatchObject({ id: BOX, mailbox: "3000" });
    expectTypeOf(data!.mailbox).toEqualTypeOf<string>();
  });

  it("refuses a box without a number, a number as an integer and a PIN of three digits", async () => {
    const bad: components["schemas"]["VmboxDoc"][] = [
      // @ts-expect-error mailbox is required
      { name: "VMBox 0" },
      // @ts-expect-error the box number is a string
      { name: "VMBox 0", mailbox: 3000 },
      { name: "VMBox 0", mailbox: "3000", pin: "123" },
      // @ts-expect-error not an audio format Kazoo stores
      { name: "VMBox 0", mailbox: "3000", media_extension: "flac" },
    ];
    for (const body of bad) {
      const { status, response } = await kazoo.PUT("/accounts/{account_id}/vmboxes", { params: { path: { account_id: ACCOUNT } }, body });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(violations(response), JSON.stringify(body)).toContain("body");
    }
  });

  it("lists boxes with their message counts", async () => {
    const boxes: components["schemas"]["VmboxSummary"][] = [];
    for await (const summary of kazoo.paginate("/accounts/{account_id}/vmboxes", { params: { path: { account_id: ACCOUNT } } }))
      boxes.push(summary);
    expect(boxes).toEqual([{ id: BOX, name: "VMBox 0", mailbox: "3000", owner_id: "f1d98a5df729f95cd208ee9430e3b21b", messages: 4 }]);
  });

  it("patches a client-defined key into the box", async () => {
    const { status, data } = await kazoo.PATCH("/accounts/{account_id}/vmboxes/{vmbox_id}", {
      params: { path: box },
      body: { some_key: "some_value" },
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({ id: BOX, some_key: "some_value" });
  });
});

describe("voicemail messages", () => {
  it("lists a box's messages and the account's messages keyed by box", async () => {
    const ids: string[] = [];
    for await (const message of kazoo.paginate("/accounts/{account_id}/vmboxes/{vmbox_id}/messages", { params: { path: box } })) {
      expectTypeOf(message.media_id).toEqualTypeOf<string>();
      ids.push(message.media_id);
    }
    expect(ids).toEqual([MESSAGE, "201605-f0c3c16551a5ff7b5753a381892e2e01"]);
    const { data } = await kazoo.GET("/accounts/{account_id}/vmboxes/messages", { params: { path: { account_id: ACCOUNT } } });
    expect(data!.map((item) => Object.keys(item))).toEqual([["0e820108c0f4ca391500f3be1b02bdfa"], ["0e820108c0f4ca391500f3be1b02bdfa"]]);
    expect(Object.values(data![0]!)[0]).toMatchObject({ media_id: MESSAGE, folder: "new" });
  });

  it("gets a message by its YYYYMM-prefixed id, and refuses an id of another shape", async () => {
    const ok = await kazoo.GET("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}", {
      params: { path: { ...box, message_id: MESSAGE } },
    });
    expect(ok.status).toBe(200);
    expect(ok.data).toMatchObject({ media_id: MESSAGE, transcription: { result: "success" } });
    const refused = await kazoo.GET("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}", {
      params: { path: { ...box, message_id: "2016-05-6aadef09" } },
    });
    expect(refused.status).toBe(400);
  });

  it("moves one message to the saved folder", async () => {
    const { status, data } = await kazoo.POST("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}", {
      params: { path: { ...box, message_id: MESSAGE } },
      body: { folder: "saved" },
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({ media_id: MESSAGE, folder: "saved" });
  });

  it("moves several messages and answers which succeeded and why others failed", async () => {
    const { status, data } = await kazoo.POST("/accounts/{account_id}/vmboxes/{vmbox_id}/messages", {
      params: { path: box, query: { folder: "saved" } },
      body: { messages: [MESSAGE, "201605-49be0985ea3a33046f8073083517d27b"] },
    });
    expect(status).toBe(200);
    expectTypeOf(data!.succeeded).toEqualTypeOf<string[] | undefined>();
    expect(data).toEqual({ succeeded: [MESSAGE], failed: [{ "201605-49be0985ea3a33046f8073083517d27b": "not_found" }] });
  });

  it("refuses a bulk change without message ids, to an unknown folder, or with a typo", async () => {
    const bad: components["schemas"]["VmboxMessagesChange"][] = [
      // @ts-expect-error messages is required
      { folder: "saved" },
      // @ts-expect-error not a folder
      { messages: [MESSAGE], folder: "archive" },
      // @ts-expect-error the body is closed: `folders` is a typo
      { messages: [MESSAGE], folders: "saved" },
      { messages: [] },
    ];
    for (const body of bad) {
      const { status, response } = await kazoo.POST("/accounts/{account_id}/vmboxes/{vmbox_id}/messages", { params: { path: box }, body });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(violations(response), JSON.stringify(body)).toContain("body");
    }
  });

  it("deletes every message of a box without a body, or the listed ones", async () => {
    const all = await kazoo.DELETE("/accounts/{account_id}/vmboxes/{vmbox_id}/messages", { params: { path: box } });
    expect(all.status).toBe(200);
    expect(all.data?.succeeded).toEqual([MESSAGE]);
    const listed = await kazoo.DELETE("/accounts/{account_id}/vmboxes/{vmbox_id}/messages", {
      params: { path: box },
      body: { messages: [MESSAGE] },
    });
    expect(listed.status).toBe(200);
  });

  it("downloads a message's audio as bytes with its media type and file name", async () => {
    const { data, status } = await kazoo.download("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}/raw", {
      accept: "audio/mpeg",
      params: { path: { ...box, message_id: MESSAGE } },
    });
    expect(status).toBe(200);
    expect(data!.bytes).toBeInstanceOf(Uint8Array);
    expect(data!.bytes.byteLength).toBeGreaterThan(0);
    expect(data!.contentType).toMatch(/^audio\/mpeg/);
    expect(data!.fileName).toBe("1001_2016-05-24_21-38-42.mp3");
  });

  it("refuses an audio download in a format Kazoo does not serve", async () => {
    const { status } = await kazoo.download("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/{message_id}/raw", {
      accept: "video/mp4",
      params: { path: { ...box, message_id: MESSAGE } },
    });
    expect(status).toBe(406);
  });

  it("downloads several messages as one ZIP file", async () => {
    const { status, response } = await kazoo.POST("/accounts/{account_id}/vmboxes/{vmbox_id}/messages/raw", {
      params: { path: box },
      body: { messages: [MESSAGE, "201605-f0c3c16551a5ff7b5753a381892e2e01"] },
      headers: { Accept: "application/zip" },
      parseAs: "arrayBuffer",
    });
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/zip/);
  });
});

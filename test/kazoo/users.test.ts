// Kazoo users through the generated client: documents against the Prism mock (which validates every request
// against the spec), and the exact wire format of calls on a local stand-in.
import { type components, createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { formParts, json, startLocalServer } from "../support/local-server.js";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const USER = "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9";
const path = { account_id: ACCOUNT, user_id: USER };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function standIn(answer: (req: { method: string; path: string }) => unknown) {
  const server = await startLocalServer((req, res) => json(res, req.method === "PUT" ? 201 : 200, answer(req)));
  closers.push(server.close);
  return { server, client: createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "test-token" }, retry: false }) };
}

describe("Kazoo users against the mock", () => {
  const client = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });

  it("createUser takes the bare document and answers 201 with the stored user, typed", async () => {
    const { data, status, envelope } = await client.PUT("/accounts/{account_id}/users", {
      params: { path: { account_id: ACCOUNT } },
      body: { first_name: "User", last_name: "Three", send_email_on_creation: false },
    });
    expect(status).toBe(201);
    expectTypeOf(data).toExtend<components["schemas"]["User"] | undefined>();
    expect(data).toMatchObject({ id: USER, first_name: "User", last_name: "Three", priv_level: "user" });
    expect(data!.media?.audio?.codecs).toEqual(["PCMU"]);
    expect(envelope).toMatchObject({ status: "success" });
  });

  it("a first_name of the wrong type is a compile error and a 400 from the mock", async () => {
    const { status, error } = await client.PUT("/accounts/{account_id}/users", {
      params: { path: { account_id: ACCOUNT } },
      // @ts-expect-error first_name is a string
      body: { first_name: 3, last_name: "Three" },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({ status: "error", error: "400" });
  });

  it("patchUser removes a field with null, but first_name cannot be removed", async () => {
    const { status, data } = await client.PATCH("/accounts/{account_id}/users/{user_id}", {
      params: { path },
      body: { enabled: false, presence_id: null },
    });
    expect(status).toBe(200);
    expect(data!.enabled).toBe(false);
    // @ts-expect-error a user keeps its first name
    const body: components["schemas"]["UserPatch"] = { first_name: null };
    void body;
  });

  it("listUsers pages through user summaries", async () => {
    const users: components["schemas"]["UserSummary"][] = [];
    for await (const user of client.paginate("/accounts/{account_id}/users", {
      params: { path: { account_id: ACCOUNT }, query: { page_size: 2 } },
    })) {
      expectTypeOf(user).toEqualTypeOf<components["schemas"]["UserSummary"]>();
      users.push(user);
    }
    expect(users.map((u) => u.last_name)).toEqual(["One", "Two"]);
    expect(users[0]!.features).toContain("vm_to_email");
  });

  it("downloads the vCard as text/x-vcard", async () => {
    const { data, status } = await client.download("/accounts/{account_id}/users/{user_id}/vcard", {
      accept: "text/x-vcard",
      params: { path },
    });
    expect(status).toBe(200);
    expect(data!.contentType).toMatch(/^text\/x-vcard/);
    expect(new TextDecoder().decode(data!.bytes)).toMatch(/^BEGIN:VCARD\r?\nVERSION:3\.0\r?\nFN:User Three/);
  });

  it("downloads the photo base64-encoded", async () => {
    const { data } = await client.download("/accounts/{account_id}/users/{user_id}/photo", {
      accept: "application/base64",
      params: { path },
    });
    expect(data!.contentType).toMatch(/^application\/base64/);
    const jpeg = Buffer.from(new TextDecoder().decode(data!.bytes), "base64");
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("uploads a photo as a multipart file part, which the mock validates", async () => {
    const { status, data } = await client.POST("/accounts/{account_id}/users/{user_id}/photo", {
      params: { path },
      body: { file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }) },
    });
    expect(status).toBe(200);
    expect(data).toEqual({});
  });

  it("a user quickcall answers the call request Kazoo published", async () => {
    const { data, status } = await client.GET("/accounts/{account_id}/users/{user_id}/quickcall/{number}", {
      params: { path: { ...path, number: "14155550123" }, query: { timeout: 20, auto_answer: false } },
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({
      application_name: "transfer",
      application_data: { route: "14155550123" },
      custom_channel_vars: { authorizing_type: "user" },
    });
  });

  it("a presence command with an unknown state is a compile error and a 400 from the mock", async () => {
    const { status } = await client.POST("/accounts/{account_id}/users/{user_id}/presence", {
      params: { path },
      // @ts-expect-error the states are confirmed, early and terminated
      body: { action: "set", state: "busy" },
    });
    expect(status).toBe(400);
  });
});

describe("Kazoo users on the wire", () => {
  it("sends quickcall options as the query parameters Kazoo reads, under their Kazoo names", async () => {
    const { server, client } = await standIn(() => ({ status: "success", data: { application_name: "transfer" } }));
    await client.GET("/accounts/{account_id}/users/{user_id}/quickcall/{number}", {
      params: {
        path: { ...path, number: "+1 (415) 555-0123" },
        query: { "cid-name": "Front desk", "ignore-early-media": false, number_filter: "false", timeout: 20 },
      },
    });
    const url = new URL(server.seen[0]!.path, "http://x");
    expect(url.pathname).toBe(`/v2/accounts/${ACCOUNT}/users/${USER}/quickcall/${encodeURIComponent("+1 (415) 555-0123")}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      "cid-name": "Front desk",
      "ignore-early-media": "false",
      number_filter: "false",
      timeout: "20",
    });
  });

  it("sends the photo file part with its own media type, without a JSON envelope", async () => {
    const { server, client } = await standIn(() => ({ status: "success", data: {} }));
    await client.POST("/accounts/{account_id}/users/{user_id}/photo", {
      params: { path },
      body: { file: new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" }) },
    });
    const request = server.seen[0]!;
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const file = (await formParts(request)).get("file") as File;
    expect(file.type).toBe("image/jpeg");
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0xff, 0xd8, 0xff]);
  });
});

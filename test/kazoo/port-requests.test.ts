// Kazoo port requests through the generated client: envelopes, the state transitions, listings with paginate(),
// the attachment and LOA downloads and the raw PDF uploads, against the Prism mock and a local Crossbar stand-in.
import { type components, createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

type Schemas = components["schemas"];
const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const PORT = "462da37f8be11e46161fb40bc71173a9";
const ids = { account_id: ACCOUNT, port_request_id: PORT };

/** A client on the mock that also records each request it sends (method, URL, body text). */
function mockClient() {
  const client = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });
  const sent: { method: string; url: string; body: string; contentType: string | null }[] = [];
  client.use({
    async onRequest({ request }) {
      sent.push({
        method: request.method,
        url: request.url,
        body: await request.clone().text(),
        contentType: request.headers.get("Content-Type"),
      });
    },
  });
  return { client, sent };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe("Kazoo port requests against the mock", () => {
  it("createPortRequest sends the document inside data and returns the unwrapped, unconfirmed request", async () => {
    const { client, sent } = mockClient();
    const { data, envelope, status } = await client.PUT("/accounts/{account_id}/port_requests", {
      params: { path: { account_id: ACCOUNT } },
      body: { name: "Porting 202.555.9000", numbers: { "+12025559000": {} } },
    });
    expect(status).toBe(201);
    expect(JSON.parse(sent[0]!.body)).toEqual({ data: { name: "Porting 202.555.9000", numbers: { "+12025559000": {} } } });
    expectTypeOf(data!.port_state).toEqualTypeOf<Schemas["PortRequestState"]>();
    expect(data).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), port_state: "unconfirmed", numbers: { "+12025559000": {} } });
    expect(envelope).toMatchObject({ status: "success" });
  });

  it("refuses a port request without numbers: an empty map is a 400, a wrongly typed name a compile error too", async () => {
    const { client } = mockClient();
    const empty = await client.PUT("/accounts/{account_id}/port_requests", {
      params: { path: { account_id: ACCOUNT } },
      body: { name: "Porting 202.555.9000", numbers: {} },
    });
    expect(empty.status).toBe(400);
    expect(empty.response.headers.get("sl-violations")).toContain("numbers");

    const typo = await client.PUT("/accounts/{account_id}/port_requests", {
      params: { path: { account_id: ACCOUNT } },
      // @ts-expect-error name is a string
      body: { name: 2025559000, numbers: { "+12025559000": {} } },
    });
    expect(typo.status).toBe(400);
    expect(typo.response.headers.get("sl-violations")).toContain("name");
  });

  it("a transition needs no body, takes its reason in the query and returns the request in its new state", async () => {
    const { client, sent } = mockClient();
    const { data, status } = await client.PATCH("/accounts/{account_id}/port_requests/{port_request_id}/submitted", {
      params: { path: ids, query: { reason: "approved by Jane Doe" } },
    });
    expect(status).toBe(200);
    expect(new URL(sent[0]!.url).searchParams.get("reason")).toBe("approved by Jane Doe");
    expect(sent[0]!.body).toBe("");
    expect(data!.port_state).toBe("submitted");
  });

  it("scheduling takes the port date in the body, and refuses a body without one", async () => {
    const { client, sent } = mockClient();
    const path = "/accounts/{account_id}/port_requests/{port_request_id}/scheduled" as const;
    const ok = await client.PATCH(path, {
      params: { path: ids },
      body: { schedule_on: { timezone: "America/New_York", date_time: "2017-06-24 12:00" } },
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(sent[0]!.body)).toEqual({ data: { schedule_on: { timezone: "America/New_York", date_time: "2017-06-24 12:00" } } });
    expect(ok.data).toMatchObject({ port_state: "scheduled", scheduled_date: expect.any(Number) });

    // @ts-expect-error the scheduled transition needs schedule_on or scheduled_date
    const dateless = await client.PATCH(path, { params: { path: ids }, body: { reason: "no date yet" } });
    expect(dateless.status).toBe(400);

    const badDate = await client.PATCH(path, {
      params: { path: ids },
      body: { schedule_on: { timezone: "America/New_York", date_time: "24/06/2017" } },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.response.headers.get("sl-violations")).toContain("date_time");
  });

  it("paginate() walks every port request listing", async () => {
    const { client } = mockClient();
    const grouped: Schemas["PortRequestListEntry"][] = [];
    for await (const entry of client.paginate("/accounts/{account_id}/port_requests", {
      params: { path: { account_id: ACCOUNT }, query: { by_types: "pending,scheduled" } },
    })) {
      expectTypeOf(entry).toEqualTypeOf<Schemas["PortRequestListEntry"]>();
      grouped.push(entry);
    }
    expect(grouped.length).toBeGreaterThan(0);
    const requests = grouped.flatMap((entry): Schemas["PortRequestSummary"][] =>
      entry.port_requests === undefined ? [entry] : entry.port_requests,
    );
    expect(requests.every((r) => /^[0-9a-f]{32}$/.test(r.id))).toBe(true);

    const others = [
      client.paginate("/port_requests", { params: { query: { by_number: "+12025559000" } } }),
      client.paginate("/accounts/{account_id}/descendants/port_requests", { params: { path: { account_id: ACCOUNT } } }),
    ];
    for (const listing of others) {
      let count = 0;
      for await (const entry of listing) count += entry.account_id === undefined ? 0 : 1;
      expect(count).toBeGreaterThan(0);
    }
    const submitted = [];
    for await (const entry of client.paginate("/accounts/{account_id}/port_requests/last_submitted", {
      params: { path: { account_id: ACCOUNT } },
    })) {
      submitted.push(entry.transition.transition.new);
    }
    expect(submitted).toEqual(["submitted"]);
  });

  it("refuses an unknown state in by_types before it reaches Crossbar", async () => {
    const { client } = mockClient();
    const { status, response } = await client.GET("/accounts/{account_id}/port_requests", {
      params: { path: { account_id: ACCOUNT }, query: { by_types: "pending,lost" } },
    });
    expect(status).toBe(400);
    expect(response.headers.get("sl-violations")).toContain("by_types");
  });

  it("the timeline mixes transitions and comments, told apart by type", async () => {
    const { client } = mockClient();
    const { data } = await client.GET("/accounts/{account_id}/port_requests/{port_request_id}/timeline", { params: { path: ids } });
    const states: string[] = [];
    const comments: string[] = [];
    for (const entry of data!) {
      if (entry.type === "transition") states.push(entry.transition.new);
      else comments.push(entry.content);
    }
    expect(states).toEqual(["unconfirmed", "submitted"]);
    expect(comments.length).toBeGreaterThan(0);
  });

  it("downloads an attachment and the LOA as PDF bytes", async () => {
    const { client, sent } = mockClient();
    const attachment = await client.download("/accounts/{account_id}/port_requests/{port_request_id}/attachments/{attachment_id}", {
      accept: "application/pdf",
      params: { path: { ...ids, attachment_id: "form.pdf" } },
    });
    expect(attachment.status).toBe(200);
    expect(attachment.data!.contentType).toMatch(/^application\/pdf/);
    expect(attachment.data!.fileName).toBe("form.pdf");
    expect(new TextDecoder().decode(attachment.data!.bytes)).toMatch(/^%PDF-/);

    const loa = await client.download("/accounts/{account_id}/port_requests/{port_request_id}/loa", {
      accept: "application/x-pdf",
      params: { path: ids },
    });
    expect(loa.status).toBe(200);
    expect(loa.data!.contentType).toMatch(/^application\/x-pdf/);
    expect(new TextDecoder().decode(loa.data!.bytes)).toMatch(/^%PDF-/);
    const mockPath = new URL(inject("mockUrls").kazoo!).pathname;
    expect(sent.map((r) => new URL(r.url).pathname)).toEqual([
      `${mockPath}/accounts/${ACCOUNT}/port_requests/${PORT}/attachments/form.pdf`,
      `${mockPath}/accounts/${ACCOUNT}/port_requests/${PORT}/loa`,
    ]);
  });

  it("refuses an attachment name that is not a CouchDB attachment name", async () => {
    const { client } = mockClient();
    const { status } = await client.DELETE("/accounts/{account_id}/port_requests/{port_request_id}/attachments/{attachment_id}", {
      params: { path: { ...ids, attachment_id: "_design" } },
    });
    expect(status).toBe(400);
  });
});

describe("Kazoo port request files against a Crossbar stand-in", () => {
  const pdf = new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n");

  async function crossbar() {
    const server = await startLocalServer((req, res) => {
      if (req.method === "GET" && req.path.includes("/attachments/")) {
        res.writeHead(200, { "Content-Type": "application/pdf", "Content-Disposition": "attachment; filename=bill copy.pdf" });
        return res.end(pdf);
      }
      json(res, req.method === "PUT" ? 201 : 200, { status: "success", data: {}, request_id: "req-1" });
    });
    closers.push(server.close);
    return { server, client: createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "token-1" }, retry: false }) };
  }

  it("downloads an attachment whose name needs encoding: the bytes, the name and the media type", async () => {
    const { server, client } = await crossbar();
    const { data } = await client.download("/accounts/{account_id}/port_requests/{port_request_id}/attachments/{attachment_id}", {
      accept: "application/pdf",
      params: { path: { ...ids, attachment_id: "bill copy.pdf" } },
    });
    expect(server.seen[0]!.path).toBe(`/v2/accounts/${ACCOUNT}/port_requests/${PORT}/attachments/bill%20copy.pdf`);
    expect(server.seen[0]!.headers.accept).toBe("application/pdf");
    expect(data).toEqual({ bytes: pdf, fileName: "bill copy.pdf", contentType: "application/pdf" });
  });

  it("uploads a PDF as the raw body with its media type, without an envelope", async () => {
    const { server, client } = await crossbar();
    const { status } = await client.PUT("/accounts/{account_id}/port_requests/{port_request_id}/attachments", {
      params: { path: ids, query: { filename: "form.pdf" } },
      body: new Blob([pdf], { type: "application/pdf" }),
    });
    expect(status).toBe(201);
    const [upload] = server.seen;
    expect(upload!.path).toBe(`/v2/accounts/${ACCOUNT}/port_requests/${PORT}/attachments?filename=form.pdf`);
    expect(upload!.headers["content-type"]).toBe("application/pdf");
    expect(new Uint8Array(upload!.raw)).toEqual(pdf);
  });

  it("replaces an attachment with bytes given as a Uint8Array", async () => {
    const { server, client } = await crossbar();
    const { status } = await client.POST("/accounts/{account_id}/port_requests/{port_request_id}/attachments/{attachment_id}", {
      params: { path: { ...ids, attachment_id: "form.pdf" } },
      body: pdf,
      headers: { "Content-Type": "application/pdf" },
    });
    expect(status).toBe(200);
    expect(server.seen[0]!.headers["content-type"]).toBe("application/pdf");
    expect(new Uint8Array(server.seen[0]!.raw)).toEqual(pdf);
  });
});

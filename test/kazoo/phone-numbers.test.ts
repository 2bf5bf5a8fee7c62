// Kazoo phone numbers through the generated client: E.164 numbers in paths stay one intact segment (against a
// local server that records the request line), bodies are wrapped in `data`, and the number answers (a number,
// the per-number outcome of a collection, the list keyed by number, search results) are typed and served by the mock.
import { type components, createKazooClient } from "@apispec/kazoo";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

type Schemas = components["schemas"];
const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const NUMBER = "+14155550100";
const envelope = (data: unknown, extra: Record<string, unknown> = {}) => ({ status: "success", request_id: "req-1", data, ...extra });

describe("phone numbers against a local Crossbar stand-in", () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  let answer: (path: string, body: any) => unknown = () => envelope({ id: NUMBER });
  beforeAll(async () => {
    server = await startLocalServer((req, res) => json(res, 200, answer(req.path, req.body ? JSON.parse(req.body) : undefined)));
  });
  afterAll(() => server.close());
  const client = () => createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "tok" }, retry: false });
  const numberPath = `/v2/accounts/${ACCOUNT}/phone_numbers/`;

  it("sends an E.164 number as one percent-encoded segment that decodes back to the number", async () => {
    answer = () => envelope({ id: NUMBER, state: "in_service" });
    const before = server.seen.length;
    const { data } = await client().GET("/accounts/{account_id}/phone_numbers/{phone_number}", {
      params: { path: { account_id: ACCOUNT, phone_number: NUMBER } },
    });
    expect(server.seen.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${numberPath}%2B14155550100`]);
    expect(data).toEqual({ id: NUMBER, state: "in_service" });
  });

  it.each([
    ["a slash", "+1415/../x"],
    ["spaces", "+1 415 555 0100"],
    ["a query and a fragment", "+1415?hard=true#x"],
    ["an encoded slash", "+1415%2F0100"],
  ])("keeps a number with %s inside its segment, before the action", async (_, value) => {
    const before = server.seen.length;
    await client().PUT("/accounts/{account_id}/phone_numbers/{phone_number}/activate", {
      params: { path: { account_id: ACCOUNT, phone_number: value } },
    });
    const [request] = server.seen.slice(before);
    const match = new RegExp(`^${numberPath.replace(/\//g, "\\/")}([^/?#]+)\\/activate$`).exec(request!.path);
    expect(match, request!.path).not.toBeNull();
    expect(decodeURIComponent(match![1]!)).toBe(value);
    expect(request!.method).toBe("PUT");
  });

  it("wraps a collection body in data, with its public fields, and unwraps the per-number outcome", async () => {
    answer = (_, body) =>
      envelope({
        success: { [body.data.numbers[0]]: { id: body.data.numbers[0], state: "in_service", cnam: body.data.cnam } },
        error: { [body.data.numbers[1]]: { code: 500, error: "unspecified_fault", message: "fault by carrier" } },
      });
    const before = server.seen.length;
    const { data, status } = await client().PUT("/accounts/{account_id}/phone_numbers/collection/activate", {
      params: { path: { account_id: ACCOUNT }, query: { accept_charges: true } },
      body: { numbers: [NUMBER, "+14155550101"], cnam: { display_name: "Sales" } },
    });
    const [request] = server.seen.slice(before);
    expect(request!.path).toBe(`/v2/accounts/${ACCOUNT}/phone_numbers/collection/activate?accept_charges=true`);
    expect(JSON.parse(request!.body)).toEqual({ data: { numbers: [NUMBER, "+14155550101"], cnam: { display_name: "Sales" } } });
    expect(status).toBe(200);
    expectTypeOf(data!.success).toEqualTypeOf<Record<string, Schemas["PhoneNumber"]> | undefined>();
    expect(data!.success![NUMBER]).toEqual({ id: NUMBER, state: "in_service", cnam: { display_name: "Sales" } });
    const failed = data!.error;
    expect(Array.isArray(failed)).toBe(false);
    if (failed && !Array.isArray(failed)) expect(failed["+14155550101"]).toMatchObject({ error: "unspecified_fault" });
  });

  it("sends the hard-delete flag in the query string", async () => {
    answer = () => envelope({ id: NUMBER, state: "deleted" });
    const before = server.seen.length;
    const { data } = await client().DELETE("/accounts/{account_id}/phone_numbers/{phone_number}", {
      params: { path: { account_id: ACCOUNT, phone_number: NUMBER }, query: { hard: true } },
    });
    expect(server.seen.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE ${numberPath}%2B14155550100?hard=true`]);
    expect(data!.state).toBe("deleted");
  });

  it("pages the number map by sending next_start_key (a number) back as start_key, with its + intact", async () => {
    const pages: Record<string, { numbers: Record<string, Schemas["PhoneNumberSummary"]>; next?: string }> = {
      "": { numbers: { "+14155550100": { state: "in_service" }, "+14155550101": { state: "reserved" } }, next: "+14155550102" },
      "+14155550102": { numbers: { "+14155550102": { state: "port_in" } } },
    };
    answer = (path) => {
      const key = new URL(path, "http://x").searchParams.get("start_key") ?? "";
      const page = pages[key]!;
      return envelope(
        { numbers: page.numbers, cascade_quantity: 0 },
        page.next ? { next_start_key: page.next, page_size: 2 } : { page_size: 1 },
      );
    };
    const states: Record<string, string | undefined> = {};
    const before = server.seen.length;
    let startKey: string | undefined;
    do {
      const result = await client().GET("/accounts/{account_id}/phone_numbers", {
        params: { path: { account_id: ACCOUNT }, query: { page_size: 2, ...(startKey ? { start_key: startKey } : {}) } },
      });
      const list = result.data!;
      if (Array.isArray(list)) throw new Error("a listing without prefix is not a search");
      for (const [number, entry] of Object.entries(list.numbers)) states[number] = entry.state;
      // The client types `envelope` as the generic SuccessEnvelope, which has no paging keys.
      startKey = (result.envelope as Schemas["PagedListEnvelope"] | undefined)?.next_start_key;
    } while (startKey);
    expect(states).toEqual({ "+14155550100": "in_service", "+14155550101": "reserved", "+14155550102": "port_in" });
    const queries = server.seen.slice(before).map((r) => new URL(r.path, "http://x").search);
    expect(queries).toEqual(["?page_size=2", "?page_size=2&start_key=%2B14155550102"]);
  });

  it("paginate() yields every number with its entry across the pages, sending next_start_key back as start_key", async () => {
    const pages: Record<string, { numbers: Record<string, Schemas["PhoneNumberSummary"]>; next?: string }> = {
      "": { numbers: { "+14155550100": { state: "in_service" }, "+14155550101": { state: "reserved" } }, next: "+14155550102" },
      "+14155550102": { numbers: { "+14155550102": { state: "port_in", features: ["local"] } } },
    };
    answer = (path) => {
      const page = pages[new URL(path, "http://x").searchParams.get("start_key") ?? ""]!;
      return envelope({ numbers: page.numbers, cascade_quantity: 0 }, page.next ? { next_start_key: page.next } : {});
    };
    const before = server.seen.length;
    const seen: [string, Schemas["PhoneNumberSummary"]][] = [];
    const numbers = client().paginate("/accounts/{account_id}/phone_numbers", {
      params: { path: { account_id: ACCOUNT }, query: { page_size: 2 } },
    });
    for await (const [number, entry] of numbers) {
      expectTypeOf(number).toEqualTypeOf<string>();
      expectTypeOf(entry).toEqualTypeOf<Schemas["PhoneNumberSummary"]>();
      seen.push([number, entry]);
    }
    expect(seen).toEqual([
      ["+14155550100", { state: "in_service" }],
      ["+14155550101", { state: "reserved" }],
      ["+14155550102", { state: "port_in", features: ["local"] }],
    ]);
    const queries = server.seen.slice(before).map((r) => new URL(r.path, "http://x").search);
    expect(queries).toEqual(["?page_size=2", "?page_size=2&start_key=%2B14155550102"]);
  });

  it("paginate() ends on an empty number map and on a start key it has sent before", async () => {
    const list = () =>
      client().paginate("/accounts/{account_id}/phone_numbers", { params: { path: { account_id: ACCOUNT } }, maxPages: 5 });
    answer = () => envelope({ numbers: {}, cascade_quantity: 0 }, { next_start_key: "+14155550199" });
    let before = server.seen.length;
    const empty: unknown[] = [];
    for await (const entry of list()) empty.push(entry);
    expect([empty, server.seen.length - before]).toEqual([[], 1]);

    answer = () => envelope({ numbers: { [NUMBER]: { state: "in_service" } } }, { next_start_key: NUMBER });
    before = server.seen.length;
    const echoed: unknown[] = [];
    for await (const entry of list()) echoed.push(entry);
    // The second page names the key it was asked for: the loop stops instead of asking for it again.
    expect([echoed, server.seen.length - before]).toEqual([
      [
        [NUMBER, { state: "in_service" }],
        [NUMBER, { state: "in_service" }],
      ],
      2,
    ]);
  });

  it("paginate() with a prefix yields the search results, an array", async () => {
    answer = () => envelope([{ number: "+14155550100", state: "available" }]);
    // The item type follows the listing (x-pagination.items): the search variant is checked at run time only.
    const found: unknown[] = [];
    for await (const result of client().paginate("/accounts/{account_id}/phone_numbers", {
      params: { path: { account_id: ACCOUNT }, query: { prefix: "415" } },
    }))
      found.push(result);
    expect(found).toEqual([{ number: "+14155550100", state: "available" }]);
  });
});

describe("phone numbers against the mock", () => {
  const client = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });
  const path = { account_id: ACCOUNT, phone_number: NUMBER };

  it("types the number state as Kazoo's nine states", () => {
    expectTypeOf<Schemas["PhoneNumberState"]>().toEqualTypeOf<
      "discovery" | "available" | "reserved" | "in_service" | "port_in" | "port_out" | "released" | "aging" | "deleted"
    >();
  });

  it("createPhoneNumber answers 201 with the number, typed", async () => {
    const { data, status } = await client.PUT("/accounts/{account_id}/phone_numbers/{phone_number}", {
      params: { path },
      body: { create_with_state: "reserved" },
    });
    expect(status).toBe(201);
    expectTypeOf(data!.state).toEqualTypeOf<Schemas["PhoneNumberState"] | undefined>();
    expect(data).toMatchObject({ id: NUMBER, state: "reserved", _read_only: { state: "reserved" } });
  });

  it("listPhoneNumbers answers the map keyed by E.164 number, not an array", async () => {
    const { data, status } = await client.GET("/accounts/{account_id}/phone_numbers", { params: { path: { account_id: ACCOUNT } } });
    expect(status).toBe(200);
    expectTypeOf(data).toEqualTypeOf<Schemas["PhoneNumberList"] | Schemas["PhoneNumberSearchResult"][] | undefined>();
    expect(Array.isArray(data)).toBe(false);
    const list = data as Schemas["PhoneNumberList"];
    expect(Object.keys(list.numbers).every((number) => /^\+[1-9][0-9]{1,14}$/.test(number))).toBe(true);
    expect(list.numbers["+14155558920"]).toMatchObject({ state: "reserved", assigned_to: ACCOUNT });
  });

  it("searchPhoneNumbers answers an array of numbers to buy", async () => {
    const { data, status } = await client.GET("/phone_numbers", { params: { query: { prefix: "415", quantity: 2 } } });
    expect(status).toBe(200);
    expectTypeOf(data).toEqualTypeOf<Schemas["PhoneNumberSearchResult"][] | undefined>();
    expect(data!.map((n) => n.number)).toEqual(["+14152338397", "+14152338421"]);
  });

  it("deletePhoneNumbers sends the numbers in a DELETE body and answers the per-number outcome", async () => {
    const { data, status } = await client.DELETE("/accounts/{account_id}/phone_numbers/collection", {
      params: { path: { account_id: ACCOUNT } },
      body: { numbers: [NUMBER, "+14155550101", "+14155550102"] },
    });
    expect(status).toBe(200);
    expect(Object.values(data!.success!).map((n) => n.state)).toEqual(["available", "available", "available"]);
  });

  it("refuses a number without its + (not E.164) with the reason", async () => {
    const { status, error } = await client.GET("/accounts/{account_id}/phone_numbers/{phone_number}", {
      params: { path: { account_id: ACCOUNT, phone_number: "4155550100" } },
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(JSON.stringify(error)).toContain("must match pattern");
  });

  it("a wrong feature type in a body is a compile error and a 400 from the mock", async () => {
    const { status, error } = await client.POST("/accounts/{account_id}/phone_numbers/{phone_number}", {
      params: { path },
      // @ts-expect-error cnam.display_name is a string
      body: { cnam: { display_name: 42 } },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({ status: "error" });
  });

  it("a collection without numbers is a compile error and a 400 from the mock", async () => {
    const { status } = await client.PUT("/accounts/{account_id}/phone_numbers/collection", {
      params: { path: { account_id: ACCOUNT } },
      // @ts-expect-error numbers is required
      body: { cnam: { display_name: "Sales" } },
    });
    expect(status).toBe(400);
  });

  it("answers 402 with the charges when they are not accepted", async () => {
    const { status, error } = await client.PUT("/accounts/{account_id}/phone_numbers/{phone_number}/activate", {
      params: { path },
      headers: { Prefer: "code=402" },
    });
    expect(status).toBe(402);
    expect(error).toMatchObject({ error: "402", message: "accept charges", data: { activation_charges: 1 } });
  });
});

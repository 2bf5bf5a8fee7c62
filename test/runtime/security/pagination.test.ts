// paginate() against servers whose paging never ends on its own: constant, cycling and echoed cursors, empty
// pages that still point further, Spring pages that are never `last`, and careless paging input.
import { createDotsubClient } from "@apispec/dotsub";
import { createKazooClient } from "@apispec/kazoo";
import { ApiPaginationError } from "@apispec/runtime";
import { describe, expect, it } from "vitest";
import { send, serve } from "./hostile.js";

/** A loop that would run forever is cut here, and the test fails. */
const RUNAWAY = 500;

async function drain<T>(pages: AsyncIterable<T>): Promise<{ items: T[]; ended: boolean }> {
  const items: T[] = [];
  for await (const item of pages) if (items.push(item) >= RUNAWAY) return { items, ended: false };
  return { items, ended: true };
}

/** A Crossbar stand-in whose listing answers `page(start_key, index)`. */
async function kazoo(page: (startKey: string | null, index: number) => { data: unknown[]; next_start_key?: unknown }) {
  let index = 0;
  const server = await serve((req, res) => {
    const startKey = new URL(req.path, "http://x").searchParams.get("start_key");
    send(res, 200, JSON.stringify({ status: "success", ...page(startKey, index++) }));
  });
  const client = createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "tok" }, retry: false });
  const list = (extra: object = {}) =>
    client.paginate("/accounts/{account_id}/children", { params: { path: { account_id: "acc" } }, ...extra });
  return { server, list };
}

/** A VideoTMS stand-in whose media listing answers `page(pageIndex, index)` as a Spring page. */
async function dotsub(page: (pageIndex: number, index: number) => Record<string, unknown>) {
  let index = 0;
  const server = await serve((req, res) => {
    if (req.path === "/oauth/token") return send(res, 200, JSON.stringify({ access_token: "t", expires_in: 3600 }));
    const pageIndex = Number(new URL(req.path, "http://x").searchParams.get("pageIndex") ?? 0);
    send(res, 200, JSON.stringify(page(pageIndex, index++)));
  });
  const client = createDotsubClient({
    baseUrl: server.url,
    tokenUrl: `${server.url}/oauth/token`,
    clientId: "id",
    clientSecret: "secret",
    retry: false,
  });
  const requests = () => server.seen.filter((r) => r.path !== "/oauth/token");
  return { client, requests };
}
const shown = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));
const media = (id: string) => ({ mediaId: id, title: id });

describe("cursor paging ends", () => {
  it("on a cursor that never changes", async () => {
    const { server, list } = await kazoo(() => ({ data: [{ id: "a" }], next_start_key: "same" }));
    expect(await drain(list())).toMatchObject({ ended: true });
    expect(server.seen.map((r) => new URL(r.path, "http://x").searchParams.get("start_key"))).toEqual([null, "same"]);
  });

  it("on cursors that cycle A, B, A", async () => {
    const { server, list } = await kazoo((key) => ({ data: [{ id: String(key) }], next_start_key: key === "A" ? "B" : "A" }));
    expect(await drain(list())).toMatchObject({ ended: true });
    expect(server.seen).toHaveLength(3);
  });

  it("on a cursor the server echoes back, including the caller's own", async () => {
    const { server, list } = await kazoo((key) => ({ data: [{ id: "x" }], next_start_key: key ?? "first" }));
    expect(await drain(list())).toMatchObject({ ended: true });
    expect(server.seen).toHaveLength(2);
    const started = await kazoo((key) => ({ data: [{ id: "x" }], next_start_key: key }));
    expect(await drain(started.list({ params: { path: { account_id: "acc" }, query: { start_key: "mine" } } }))).toMatchObject({
      ended: true,
    });
    expect(started.server.seen).toHaveLength(1);
  });

  it("on an empty page that still names a next cursor", async () => {
    const { server, list } = await kazoo((_, index) => ({ data: [], next_start_key: `k${index}` }));
    expect(await drain(list())).toEqual({ items: [], ended: true });
    expect(server.seen).toHaveLength(1);
  });
});

describe("page-number paging ends", () => {
  it("when the page number the server reports does not advance", async () => {
    const { client, requests } = await dotsub(() => ({ content: [media("1")], number: 0, last: false }));
    expect(await drain(client.paginate("/api/media"))).toMatchObject({ ended: true });
    expect(requests()).toHaveLength(2);
  });

  it("at totalPages, though no page says it is the last", async () => {
    const { client, requests } = await dotsub((pageIndex) => ({
      content: [media(String(pageIndex))],
      number: pageIndex,
      totalPages: 3,
      last: false,
    }));
    const { items, ended } = await drain(client.paginate("/api/media"));
    expect(ended).toBe(true);
    expect(items.map((m) => m.mediaId)).toEqual(["0", "1", "2"]);
    expect(requests()).toHaveLength(3);
  });
});

describe("maxPages", () => {
  it("bounds a listing that never ends, with ApiPaginationError naming the count", async () => {
    const { client, requests } = await dotsub((pageIndex) => ({ content: [media(String(pageIndex))], number: pageIndex, last: false }));
    const seen: string[] = [];
    const run = async () => {
      for await (const item of client.paginate("/api/media", { maxPages: 5 })) seen.push(item.mediaId);
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiPaginationError);
    expect(error).toMatchObject({ pages: 5, message: "GET /api/media still had more after 5 pages (maxPages)" });
    expect(seen).toEqual(["0", "1", "2", "3", "4"]);
    expect(requests()).toHaveLength(5);
  });

  it.for([0, -1, 1.5, Number.NaN, "10"])("is refused before any request when it is %s", async (maxPages) => {
    const { client, requests } = await dotsub(() => ({ content: [], last: true }));
    await expect(drain(client.paginate("/api/media", { maxPages: maxPages as number }))).rejects.toThrow(
      `maxPages must be a positive integer, got ${shown(maxPages)}`,
    );
    expect(requests()).toHaveLength(0);
  });
});

describe("paging input", () => {
  it.for(["x", -1, 1.5, Number.NaN])("refuses pageIndex %s before any request", async (pageIndex) => {
    const { client, requests } = await dotsub(() => ({ content: [media("1")], last: false }));
    await expect(drain(client.paginate("/api/media", { params: { query: { pageIndex: pageIndex as number } } }))).rejects.toThrow(
      `paginate(): the pageIndex parameter must be a non-negative integer, got ${shown(pageIndex)}`,
    );
    expect(requests()).toHaveLength(0);
  });

  it("starts at the page the caller asks for", async () => {
    const { client, requests } = await dotsub((pageIndex) => ({
      content: [media(String(pageIndex))],
      number: pageIndex,
      totalPages: 4,
      last: pageIndex === 3,
    }));
    const { items } = await drain(client.paginate("/api/media", { params: { query: { pageIndex: 2 } } }));
    expect(items.map((m) => m.mediaId)).toEqual(["2", "3"]);
    expect(requests().map((r) => r.path)).toEqual(["/api/media?pageIndex=2", "/api/media?pageIndex=3"]);
  });
});

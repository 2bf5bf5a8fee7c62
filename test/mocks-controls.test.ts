// What a tester (or the docs' browser console) relies on besides validation: `Prefer` controls that name what an
// operation documents when asked for what it does not, CORS that lets a page read the violations, the API under
// its server's base path only, and one console line per request.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listApis } from "../scripts/lib/apis.js";
import { type MockRequestLog, startMock } from "../scripts/lib/prism.js";

const mockUrls = inject("mockUrls");
const auth = { Authorization: "Bearer test-token" };
const project = `${mockUrls.dubformer}/api/v1/projects/12345`;

describe("Prefer", () => {
  it("serves a named example and a documented status", async () => {
    const named = await fetch(project, { headers: { ...auth, Prefer: "example=inProgress" } });
    expect(named.status).toBe(200);
    expect(((await named.json()) as { status: string }).status).toBe("in_progress");
    const missing = await fetch(project, { headers: { ...auth, Prefer: "code=404" } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "NotFoundError", message: "Project not found" });
  });

  it("answers an example name the operation does not have with a 400 in the API's shape, naming the ones it has", async () => {
    const response = await fetch(project, { headers: { ...auth, Prefer: "example=nope" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe("ValidationError");
    expect(body.message).toContain("example=nope");
    for (const name of ["ready", "inProgress", "error", "projectNotFound"]) expect(body.message).toContain(name);
  });

  it("answers a status the operation does not document with a 400 naming the documented ones", async () => {
    const response = await fetch(`${mockUrls.kazoo}/accounts/3d2f7a91bc044e8da6b19f0c2e577a41`, {
      headers: { "X-Auth-Token": "t", Prefer: "code=418" },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data: { message: string } };
    expect(body.data.message).toContain("code=418");
    expect(body.data.message).toMatch(/200: \w+/);
  });
});

describe("CORS", () => {
  it("answers a preflight from another origin", async () => {
    const response = await fetch(`${mockUrls.dubformer}/api/v1/projects`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.2:8080",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.2:8080");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("names sl-violations in Access-Control-Expose-Headers on a rejection, so a page can read it", async () => {
    const response = await fetch(`${mockUrls.dubformer}/api/v1/projects`, {
      method: "POST",
      headers: { ...auth, Origin: "http://127.0.0.2:8080", "Content-Type": "application/json" },
      body: JSON.stringify({ source_lang: "en" }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.2:8080");
    const exposed = (response.headers.get("access-control-expose-headers") ?? "").split(/,\s*/);
    expect(exposed).toContain("sl-violations");
    expect(exposed).not.toContain("*");
    expect(response.headers.get("sl-violations")).toContain("target_lang");
  });
});

describe("base path", () => {
  it("serves Kazoo under /v2 only", async () => {
    const url = new URL(mockUrls.kazoo!);
    expect(url.pathname).toBe("/v2");
    const outside = await fetch(`${url.origin}/accounts/3d2f7a91bc044e8da6b19f0c2e577a41`, { headers: { "X-Auth-Token": "t" } });
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { data: { message: string } }).data.message).toContain("/v2");
  });
});

describe("the request log", () => {
  const voxbone = listApis().find((api) => api.name === "voxbone")!;
  const lines: MockRequestLog[] = [];
  let mock: Awaited<ReturnType<typeof startMock>>;
  beforeAll(async () => {
    mock = await startMock({ spec: voxbone.bundlePath, port: 0, onRequest: (entry) => lines.push(entry) });
  }, 240_000);
  afterAll(() => mock?.stop());

  it("has one entry per request: method, path, status, and why a rejected one was rejected", async () => {
    await (await fetch(`${mock.url}/profiles/1`)).arrayBuffer();
    const rejected = await fetch(`${mock.url}/profiles`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ record: "yes" }),
    });
    await rejected.arrayBuffer();
    // A passed-through answer is logged once it is sent, which can come just after the client has read it.
    for (let i = 0; i < 50 && lines.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(lines).toEqual([
      { method: "GET", path: "/profiles/1", status: 200 },
      { method: "PUT", path: "/profiles", status: 400, problem: "Invalid request: record must be boolean" },
    ]);
  });
});

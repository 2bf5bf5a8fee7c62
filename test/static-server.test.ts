// The docs server (scripts/lib/static-server.js, used by `npm start` and the browser test): compressed answers as
// the client accepts them, validators that turn a repeat request into a 304, files served from memory, and nothing
// outside the served folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../scripts/lib/static-server.js";

const page = `<!doctype html><title>t</title>${"<p>operation</p>".repeat(2000)}`;
let dir: string;
let server: { url: string; stop: () => Promise<void> };

/** A raw GET (fetch would decompress the body and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(new URL(path, server.url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "static-server-"));
  mkdirSync(join(dir, "api"));
  writeFileSync(join(dir, "api/index.html"), page);
  writeFileSync(join(dir, "logo.png"), Buffer.alloc(4000, 1));
  server = await serveStatic(dir, 0, "127.0.0.1", { files: { "/mocks.json": '{"api":"http://127.0.0.1:9/v2"}' } });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("static server", () => {
  it("sends brotli when accepted, else gzip, else the bytes as they are", async () => {
    const br = await get("/api/", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(page.length / 10);
    const gzip = await get("/api/", { "Accept-Encoding": "gzip, br;q=0" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    const plain = await get("/api/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect(plain.headers.vary).toBe("Accept-Encoding");
  });

  it("does not compress images", async () => {
    const png = await get("/logo.png", { "Accept-Encoding": "gzip, br" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.length).toBe(4000);
  });

  it("lets the browser revalidate: no-cache with an ETag, and 304 without a body while the file is unchanged", async () => {
    const first = await get("/api/", { "Accept-Encoding": "gzip" });
    expect(first.headers["cache-control"]).toBe("no-cache");
    const etag = String(first.headers.etag);
    const again = await get("/api/", { "Accept-Encoding": "gzip", "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    writeFileSync(join(dir, "api/index.html"), `${page}<p>changed</p>`);
    const changed = await get("/api/", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toContain("changed");
    writeFileSync(join(dir, "api/index.html"), page);
  });

  it("serves the files it is given from memory, and nothing outside its folder", async () => {
    const mocks = await get("/mocks.json");
    expect(mocks.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(mocks.body.toString())).toEqual({ api: "http://127.0.0.1:9/v2" });
    expect((await get("/..%2f..%2fetc%2fpasswd")).status).toBe(403);
    expect((await get("/api")).status).toBe(301);
    expect((await get("/missing.html")).status).toBe(404);
  });
});

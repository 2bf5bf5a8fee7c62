// A small static file server for site/ (loopback only). Text is sent compressed (brotli or gzip, as the browser
// accepts) with an ETag; browsers revalidate every file (Cache-Control: no-cache) and get 304 while it is unchanged,
// because the pages' file names do not change when their content does.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
/** Media types worth compressing: text, not images that are compressed already. */
const compressible = (/** @type {string} */ type) => /^text\/|json|yaml|svg/.test(type);

/**
 * A file's bytes, its compressed forms (made on first request) and its validator.
 * @typedef {{ body: Buffer, etag: string, type: string, compressed: Map<string, Buffer> }} Entry
 */

/**
 * @param {string} dir
 * @param {number} port
 * @param {string} [host]
 * @param {{ files?: Record<string, string> }} [options]   `files`: URL paths served from memory instead of `dir`
 *   (e.g. `/mocks.json` with the URLs of the mocks actually running)
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export function serveStatic(dir, port, host = "127.0.0.1", { files = {} } = {}) {
  /** @type {Map<string, Entry>} */
  const cache = new Map();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return send(res, 400, "Bad request");
    }
    const text = files[path];
    const entry = text !== undefined ? memoryEntry(cache, path, text) : fileEntry(cache, dir, path, res);
    if (!entry) return;
    const headers = { "Content-Type": entry.type, ETag: entry.etag, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
    if (req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    const encoding = compressible(entry.type) ? preferredEncoding(req.headers["accept-encoding"]) : undefined;
    const body = encoding ? compressed(entry, encoding) : entry.body;
    res.writeHead(200, { ...headers, ...(encoding ? { "Content-Encoding": encoding } : {}), "Content-Length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolvePromise({
        url: `http://${host}:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}/`,
        stop: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      }),
    );
  });
}

/**
 * The entry for a file under `dir`, or undefined once an error or redirect has been sent.
 * @param {Map<string, Entry>} cache
 * @param {string} dir
 * @param {string} path
 * @param {import("node:http").ServerResponse} res
 * @returns {Entry | undefined}
 */
function fileEntry(cache, dir, path, res) {
  let file = normalize(join(dir, path));
  if (file !== dir && !file.startsWith(dir + sep)) return void send(res, 403, "Forbidden");
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith("/")) {
      res.writeHead(301, { Location: `${path}/` });
      return void res.end();
    }
    file = join(file, "index.html");
  }
  if (!existsSync(file)) return void send(res, 404, "Not found");
  const { size, mtimeMs } = statSync(file);
  const etag = `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
  const cached = cache.get(file);
  if (cached?.etag === etag) return cached;
  const entry = { body: readFileSync(file), etag, type: TYPES[extname(file)] ?? "application/octet-stream", compressed: new Map() };
  cache.set(file, entry);
  return entry;
}

/**
 * @param {Map<string, Entry>} cache
 * @param {string} path
 * @param {string} text
 * @returns {Entry}
 */
function memoryEntry(cache, path, text) {
  const key = `memory:${path}`;
  const cached = cache.get(key);
  if (cached && cached.body.toString() === text) return cached;
  const body = Buffer.from(text);
  const entry = {
    body,
    etag: `W/"m${body.length.toString(36)}-${Date.now().toString(36)}"`,
    type: TYPES[extname(path)] ?? "text/plain",
    compressed: new Map(),
  };
  cache.set(key, entry);
  return entry;
}

/**
 * `br` when the browser accepts it, else `gzip`, else none (a coding with q=0 is refused).
 * @param {string | undefined} header
 */
function preferredEncoding(header = "") {
  const accepted = new Set(
    header
      .split(",")
      .map((part) => part.trim().split(/\s*;\s*/))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q))
      .map(([coding]) => coding?.toLowerCase()),
  );
  return ["br", "gzip"].find((coding) => accepted.has(coding));
}

/**
 * @param {Entry} entry
 * @param {string} encoding
 */
function compressed(entry, encoding) {
  let body = entry.compressed.get(encoding);
  if (!body) {
    // Quality 9 and level 9: within a few percent of the smallest, and under a second for the largest page.
    body =
      encoding === "br"
        ? brotliCompressSync(entry.body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length },
          })
        : gzipSync(entry.body, { level: 9 });
    entry.compressed.set(encoding, body);
  }
  return body;
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

// A small static file server for site/ (loopback only).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

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

/**
 * @param {string} dir
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export function serveStatic(dir, port, host = "127.0.0.1") {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return send(res, 403, "Forbidden");
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return send(res, 404, "Not found");
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolvePromise({
        url: `http://${host}:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}/`,
        stop: () => new Promise((r) => server.close(() => r())),
      }),
    );
  });
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

#!/usr/bin/env node
// How long a stalled token request takes a client down: the first token (or login) request gets no answer, every
// later one is answered at once; a call is made every second (timeoutMs 1 s, garbage collected before each) until
// one succeeds. Runs against a checkout's built packages, so that the code before a change can be measured too:
//   npm run build && node --expose-gc test/runtime/security/stall-recovery.mjs . [dotsub|dubber|kazoo]
import { createServer } from "node:http";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(process.argv[2] ?? ".");
const api = process.argv[3] ?? "dotsub";
const { [`create${api.charAt(0).toUpperCase()}${api.slice(1)}Client`]: create } = await import(
  pathToFileURL(`${root}/generated/${api}/dist/index.js`).href
);
let tokens = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.setHeader("Content-Type", "application/json");
    if (/\/(oauth\/token|token|api_auth)$/.test(req.url ?? "")) {
      if (tokens++ === 0) return; // never answered
      return res.end(JSON.stringify(api === "kazoo" ? { auth_token: "tok", data: {} } : { access_token: "tok", expires_in: 3600 }));
    }
    res.end(api === "kazoo" ? '{"data":{"id":"x"}}' : '{"id":"x"}');
  });
});
await new Promise((listening) => server.listen(0, "127.0.0.1", () => listening(undefined)));
const url = `http://127.0.0.1:${/** @type {import("node:net").AddressInfo} */ (server.address()).port}`;
const options = { baseUrl: url, timeoutMs: 1_000, retry: false };
const client =
  api === "dotsub"
    ? create({ ...options, tokenUrl: `${url}/oauth/token`, clientId: "id", clientSecret: "secret" })
    : api === "dubber"
      ? create({ ...options, clientId: "id", clientSecret: "secret", username: "user", password: "password" })
      : create({ ...options, credentials: { apiKey: "key" } });
const call = () =>
  api === "dotsub"
    ? client.GET("/api/media/{mediaId}", { params: { path: { mediaId: "m" } } })
    : api === "dubber"
      ? client.GET("/profile")
      : client.GET("/accounts/{account_id}", { params: { path: { account_id: "a" } } });
const started = Date.now();
for (let calls = 1; ; calls++) {
  globalThis.gc?.();
  const outcome = await call().then(
    (/** @type {{ status: number }} */ result) => result.status,
    (/** @type {Error} */ error) => error,
  );
  if (typeof outcome === "number") {
    console.log(`${api}: call ${calls} succeeded (${outcome}) ${((Date.now() - started) / 1000).toFixed(1)} s after the stall began`);
    break;
  }
  if (calls % 30 === 1) console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${outcome.message}`);
  await new Promise((next) => setTimeout(next, 1_000));
}
server.closeAllConnections();
server.close();

#!/usr/bin/env node
// npm run bench: measured in one run, printed as ratios (the method is described in the README's Performance section).
//  1. per-call overhead of each generated client (auth + retry + timeout layers, no faults) against a raw
//     fetch call and against bare openapi-fetch, all on the same in-process fetch stub;
//  2. type-check cost: tsc type instantiations per call site in a consumer making 10 calls across the APIs;
//  3. the build: a full `npm run build -- --force` against a no-change rebuild;
//  4. the mock (scripts/lib/mock-server.js: Prism's engine inside our server) against `prism mock` alone: latency of
//     a valid and an invalid request, p50 and p99.
// The last line is one JSON object with the figures (worst client for the first two).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { listApis, root } from "./lib/apis.js";
import { freePort, startMock, startPrism } from "./lib/prism.js";
import { instantiationsPerCall, sampleArguments } from "./lib/type-cost.js";

const GOALS = { clientVsFetch: 1.25, clientVsOpenapiFetch: 1.1, instantiationsPerCall: 2000, noopRebuildRatio: 0.2, mockLayerP50: 1.2 };
const WARMUP = 3_000;
const ROUNDS = 31;
const CALLS = 2_000;
const median = (/** @type {number[]} */ values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

// 3. build first: it also leaves dist/ fresh for the overhead measurement.
/** @param {string[]} args */
function timed(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["scripts/build.js", ...args], { cwd: root, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`npm run build ${args.join(" ")} failed`);
  return performance.now() - started;
}
console.log("building (full, then no change)…");
const fullBuildMs = timed(["--force"]);
const noopBuildMs = timed([]);

// 1. per-call overhead, with each API's read from its test fixture (test/<api>/fixture.ts), bundled for Node
// with the packages left to node_modules, so that the clients are the built ones in dist/.
const { default: createClient } = await import("openapi-fetch");
const { build } = await import("esbuild");
const fixtureDir = mkdtempSync(join(root, ".cache", "bench-fixtures-"));
/** @type {any[]} */
const fixtures = [];
for (const api of listApis()) {
  const entry = join(root, "test", api.name, "fixture.ts");
  if (!existsSync(entry)) throw new Error(`API "${api.name}" has no fixture: add test/${api.name}/fixture.ts (test/support/fixture.ts)`);
  const outfile = join(fixtureDir, `${api.name}.mjs`);
  await build({ entryPoints: [entry], outfile, bundle: true, packages: "external", platform: "node", format: "esm", logLevel: "error" });
  fixtures.push((await import(pathToFileURL(outfile).href)).fixture);
}
rmSync(fixtureDir, { recursive: true, force: true });

const BASE = "http://bench.invalid";
const json = (/** @type {string} */ body) =>
  new Response(body, { status: 200, headers: { "content-type": "application/json", "content-length": String(body.length) } });
const TOKEN = JSON.stringify({ access_token: "t", token_type: "bearer", expires_in: 86_400 });

// Each client against the same request made by hand: raw fetch with the URL and headers the client sent, and
// bare openapi-fetch with the same path, parameters and headers (a fixed token in its `headers`, as one would).
/** @type {Record<string, Record<"raw fetch" | "openapi-fetch" | "client", () => Promise<unknown>>>} */
const cases = {};
for (const fixture of fixtures) {
  const tokenPath = fixture.tokenPath && `${fixture.basePath}${fixture.tokenPath}`;
  // Answers token requests with a token and everything else with "{}", as fast as a fetch can answer.
  const stub = async (/** @type {Request | string} */ input) =>
    json(typeof input !== "string" && new URL(input.url).pathname === tokenPath ? TOKEN : "{}");
  const baseUrl = `${BASE}${fixture.basePath}`;
  const { method, path, init } = fixture.read;
  const client = fixture.connect(baseUrl, { fetch: stub });
  // The request as the client sends it, from a first call through a client of its own.
  /** @type {Request | undefined} */
  let sent;
  const recording = (/** @type {Request} */ request) => {
    if (new URL(request.url).pathname !== tokenPath) sent ??= request;
    return stub(request);
  };
  await fixture.connect(baseUrl, { fetch: recording })[method](path, init);
  if (!sent) throw new Error(`the ${fixture.name} fixture's read sent no request`);
  const { url } = sent;
  const headers = Object.fromEntries(sent.headers);
  const bare = /** @type {any} */ (createClient({ baseUrl, fetch: stub, headers }));
  cases[fixture.name] = {
    "raw fetch": async () => (await stub(new Request(url, { method, headers }))).json(),
    "openapi-fetch": () => bare[method](path, init),
    client: () => client[method](path, init),
  };
}

/**
 * @param {() => Promise<unknown>} call
 * @param {number} n
 */
async function loop(call, n) {
  const started = performance.now();
  for (let i = 0; i < n; i++) await call();
  return ((performance.now() - started) * 1000) / n; // µs per call
}

// The machine is shared: its speed drifts within seconds. So the three ways of making a client's request run
// back to back in short samples, in a rotating order, and each ratio is the median of those paired samples.
console.log(`per-call overhead: ${WARMUP} warm-up calls per case, then ${ROUNDS} rounds of ${CALLS} calls per case`);
for (const ways of Object.values(cases)) for (const call of Object.values(ways)) await loop(call, WARMUP);
/** @typedef {"raw fetch" | "openapi-fetch" | "client"} Way */
/** @type {Record<string, Record<Way | "vsFetch" | "vsOpenapiFetch", number[]>>} */
const rounds = Object.fromEntries(
  Object.keys(cases).map((api) => [api, { "raw fetch": [], "openapi-fetch": [], client: [], vsFetch: [], vsOpenapiFetch: [] }]),
);
for (let r = 0; r < ROUNDS; r++) {
  for (const [api, ways] of Object.entries(cases)) {
    const names = /** @type {Way[]} */ (Object.keys(ways));
    /** @type {Record<Way, number>} */
    const us = { "raw fetch": 0, "openapi-fetch": 0, client: 0 };
    for (let i = 0; i < names.length; i++) {
      const name = /** @type {Way} */ (names[(i + r) % names.length]);
      us[name] = await loop(ways[name], CALLS);
    }
    const seen = /** @type {Record<Way | "vsFetch" | "vsOpenapiFetch", number[]>} */ (rounds[api]);
    for (const name of names) seen[name].push(us[name]);
    seen.vsFetch.push(us.client / us["raw fetch"]);
    seen.vsOpenapiFetch.push(us.client / us["openapi-fetch"]);
  }
}
const ratios = Object.fromEntries(
  Object.entries(rounds).map(([api, seen]) => [api, { vsFetch: median(seen.vsFetch), vsOpenapiFetch: median(seen.vsOpenapiFetch) }]),
);
console.table(
  Object.fromEntries(
    Object.entries(rounds).map(([api, seen]) => [
      api,
      {
        "raw fetch µs": median(seen["raw fetch"]).toFixed(1),
        "openapi-fetch µs": median(seen["openapi-fetch"]).toFixed(1),
        "client µs": median(seen.client).toFixed(1),
        "vs raw fetch": ratios[api]?.vsFetch.toFixed(2),
        "vs openapi-fetch": ratios[api]?.vsOpenapiFetch.toFixed(2),
      },
    ]),
  ),
);

// 2. type instantiations per call site: a consumer calling operations by name (the README's lead style) across the
// APIs and across Kazoo's resources, with each call's arguments taken from its type-checked sample.
const CALLS_BY_API = {
  dubformer: ["getProject", "createProject"],
  dubber: ["getRecording", "listAccountRecordings"],
  dotsub: ["listMedia", "updateMedia"],
  voxbone: ["getProfile", "createProfile"],
  kazoo: [
    "getUser",
    "createUser",
    "listDevices",
    "patchDevice",
    "createCallflow",
    "getMedia",
    "createVmbox",
    "listVmboxMessages",
    "getPhoneNumber",
    "createTemporalRule",
    "createMenu",
    "getPortRequest",
  ],
};
const typeCost = instantiationsPerCall({
  prelude: `import { createDotsubClient } from "@apispec/dotsub";
import { createDubberClient } from "@apispec/dubber";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { createVoxboneClient } from "@apispec/voxbone";
${Object.entries(CALLS_BY_API)
  .map(([api, ids]) => `import { ${ids.join(", ")} } from "@apispec/${api}/operations";`)
  .join("\n")}
declare const env: Record<string, string>;
const dubformer = createDubformerClient({ apiKey: env.k! });
const dubber = createDubberClient({ clientId: env.i!, clientSecret: env.s!, username: env.u!, password: env.p! });
const dotsub = createDotsubClient({ clientId: env.i!, clientSecret: env.s! });
const kazoo = createKazooClient({ baseUrl: env.u!, credentials: { authToken: env.t! } });
const voxbone = createVoxboneClient({ baseUrl: env.u! });`,
  calls: Object.entries(CALLS_BY_API).flatMap(([api, ids]) => ids.map((id) => `${id}(${api}${sampleArguments(api, id)})`)),
  exports: ["dubformer", "dubber", "dotsub", "kazoo", "voxbone", ...Object.values(CALLS_BY_API).flat()].join(", "),
});
const callCount = Object.values(CALLS_BY_API).flat().length;
console.log(
  `type-check: ${typeCost.withCalls} instantiations with ${callCount} calls, ${typeCost.withoutCalls} with the clients alone → ${typeCost.perCall} per call`,
);

console.log(`build: full ${(fullBuildMs / 1000).toFixed(1)} s, no-change rebuild ${(noopBuildMs / 1000).toFixed(2)} s`);

// 4. the mock against `prism mock` alone: the same requests, one at a time over kept-alive connections, to each,
// in alternating rounds (the machine's drift falls on both).
const MOCK_ROUNDS = 20;
const MOCK_REQUESTS = 50;
const percentile = (/** @type {number[]} */ values, /** @type {number} */ p) =>
  /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]);
const dubformer = listApis().find((api) => api.name === "dubformer");
if (!dubformer) throw new Error("the mock bench uses the dubformer spec");
const mock = await startMock({ spec: dubformer.bundlePath, port: 0 });
const prismAlone = await startPrism({ spec: dubformer.bundlePath, port: await freePort() });
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
/**
 * One request's latency in ms, answer read to the end.
 * @param {string} base @param {string} method @param {string} path @param {string} [body]
 */
const timedRequest = (base, method, path, body) =>
  new Promise((resolvePromise, reject) => {
    const url = new URL(`${base}${path}`);
    const started = performance.now();
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        agent,
        headers: { Authorization: "Bearer bench", ...(body ? { "Content-Type": "application/json" } : {}) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolvePromise(performance.now() - started));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
const mockRequests = {
  valid: /** @type {[string, string, string?]} */ (["GET", "/api/v1/projects/12345"]),
  invalid: /** @type {[string, string, string?]} */ (["POST", "/api/v1/projects", JSON.stringify({ source_lang: "en" })]),
};
/** @type {Record<string, Record<"layer" | "prism", number[]>>} */
const latencies = { valid: { layer: [], prism: [] }, invalid: { layer: [], prism: [] } };
console.log(`mock latency: ${MOCK_ROUNDS} rounds of ${MOCK_REQUESTS} requests per case, to the mock and to \`prism mock\` alone`);
for (const [method, path, body] of Object.values(mockRequests))
  for (let i = 0; i < 50; i++) await timedRequest(mock.url, method, path, body);
for (let r = 0; r < MOCK_ROUNDS; r++) {
  for (const [name, [method, path, body]] of Object.entries(mockRequests)) {
    const order = r % 2 ? /** @type {const} */ (["layer", "prism"]) : /** @type {const} */ (["prism", "layer"]);
    for (const way of order) {
      const base = way === "layer" ? mock.url : prismAlone.url;
      for (let i = 0; i < MOCK_REQUESTS; i++)
        latencies[name]?.[way].push(/** @type {number} */ (await timedRequest(base, method, path, body)));
    }
  }
}
agent.destroy();
await Promise.all([mock.stop(), prismAlone.stop()]);
const mockTable = Object.fromEntries(
  Object.entries(latencies).map(([name, { layer, prism }]) => [
    `${name} request`,
    {
      "prism mock p50 ms": percentile(prism, 50).toFixed(2),
      "prism mock p99 ms": percentile(prism, 99).toFixed(2),
      "mock p50 ms": percentile(layer, 50).toFixed(2),
      "mock p99 ms": percentile(layer, 99).toFixed(2),
      "p50 ratio": (percentile(layer, 50) / percentile(prism, 50)).toFixed(2),
    },
  ]),
);
console.table(mockTable);

/** @type {Record<keyof typeof GOALS, number>} */
const figures = {
  mockLayerP50: Number(
    Math.max(...Object.values(latencies).map(({ layer, prism }) => percentile(layer, 50) / percentile(prism, 50))).toFixed(3),
  ),
  clientVsFetch: Number(Math.max(...Object.values(ratios).map((r) => r.vsFetch)).toFixed(3)),
  clientVsOpenapiFetch: Number(Math.max(...Object.values(ratios).map((r) => r.vsOpenapiFetch)).toFixed(3)),
  instantiationsPerCall: typeCost.perCall,
  noopRebuildRatio: Number((noopBuildMs / fullBuildMs).toFixed(3)),
};
const missed = /** @type {[keyof typeof GOALS, number][]} */ (Object.entries(figures)).filter(([key, value]) => value > GOALS[key]);
console.log(
  missed.length
    ? `goals missed: ${missed.map(([k, v]) => `${k} ${v} > ${GOALS[k]}`).join(", ")}`
    : `all goals met (${Object.entries(GOALS)
        .map(([k, v]) => `${k} ≤ ${v}`)
        .join(", ")})`,
);
console.log(JSON.stringify(figures));

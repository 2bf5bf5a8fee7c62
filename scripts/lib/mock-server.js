// One API's mock, run as a process of its own by startMock (prism.js): Prism's HTTP engine (@stoplight/prism-http,
// the library `prism mock` is built on) behind a node:http server of ours, in one process and one hop. Around
// Prism's routing, validation and example selection it serves the API under its server's base path, answers a
// rejected request in the API's own error format (`x-mock-errors`), refuses a `Prefer` control the operation cannot
// honour by naming what it can, and keeps CORS readable from a browser. It reports to its parent in JSON lines on
// stdout: `{ready}` once it listens, `{request}` per answered request, `{log}` for Prism's log (verbose only).
//   node scripts/lib/mock-server.js '<options as JSON>'   (see MockServerOptions)
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Writable } from "node:stream";
import prismCore from "@stoplight/prism-core";
import prismHttp from "@stoplight/prism-http";
import { getHttpConfigFromRequest } from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";
import { serialize } from "@stoplight/prism-http-server/dist/serialize.js";
import { credentialsNeeded, describeViolations, errorBody, errorFormat, readViolations } from "./mock-errors.js";
import { basePathOf, findRoute, parsePrefer, preferProblem, routesOf } from "./mock-routes.js";

/** @typedef {import("./spec.js").Json} Json */
/** @typedef {import("./mock-errors.js").Rejection} Rejection */

/**
 * @typedef {object} MockServerOptions
 * @property {string} spec       the bundled spec (what the routes, examples and error format are read from)
 * @property {string} mockSpec   the spec as Prism gets it (mock-spec.js)
 * @property {number} port
 * @property {string} host
 * @property {{ dynamic?: boolean, seed?: string, ignoreExamples?: boolean, errors?: boolean }} prism   `prism mock` options
 * @property {boolean} verbose   send Prism's log to the parent
 */

const PRISM_ERROR = "https://stoplight.io/prism/errors#";
/** Response headers a browser script may read without being told: everything else is listed in Expose-Headers. */
const SAFELISTED = new Set(["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"]);
/** Prism's limit on a request body, kept. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const SEVERITY = ["Error", "Warning", "Information", "Hint"];

/** Prism's cap on the `sl-violations` header, kept: clients refuse answers whose headers pass 8 or 16 KiB. */
const MAX_VIOLATIONS_HEADER = 8 * 1024 - 100;

/**
 * The `sl-violations` header for a list of violations, cut short as Prism does.
 * @param {Json[]} violations
 */
function violationsHeader(violations) {
  const value = JSON.stringify(violations);
  return value.length > MAX_VIOLATIONS_HEADER ? `Too many violations! ${value.slice(0, MAX_VIOLATIONS_HEADER)}` : value;
}

/** @param {Json} message */
const tell = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
/**
 * The last message, then exit: writes to a pipe are asynchronous, and `process.exit` would drop one still pending.
 * @param {Json} message
 */
const tellAndExit = (message) => process.stdout.write(`${JSON.stringify(message)}\n`, () => process.exit(1));

/**
 * @param {string | string[] | undefined} value
 * @returns {string | undefined}
 */
const headerText = (value) => (Array.isArray(value) ? value.join(", ") : value);

/**
 * The CORS headers of every answer, as Prism sends them, but with the exposed headers named: Prism sends `*`,
 * which a browser takes literally on a request with credentials, so `sl-violations` would stay hidden from a page.
 * @param {import("node:http").IncomingMessage} req
 * @param {Record<string, string>} headers  the answer's own headers
 * @returns {Record<string, string>}
 */
function withCors(req, headers) {
  const exposed = [...new Set(["sl-violations", ...Object.keys(headers).map((n) => n.toLowerCase())])].filter(
    (name) => !SAFELISTED.has(name) && !name.startsWith("access-control-"),
  );
  // Spelled as Prism spells them: some tools (Chrome's DevTools protocol) report header names as sent.
  return {
    ...headers,
    "Access-Control-Allow-Origin": headerText(req.headers.origin) ?? "*",
    "Access-Control-Allow-Headers": headerText(req.headers["access-control-request-headers"]) ?? "*",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Expose-Headers": exposed.join(", "),
  };
}

/**
 * Prism's violations as the `sl-violations` header lists them.
 * @param {Json[]} details
 * @param {string} prefix
 */
const asViolations = (details, prefix) =>
  details.map((d) => ({
    location: [prefix, ...(d.path ?? [])],
    severity: SEVERITY[d.severity] ?? String(d.severity),
    code: d.code,
    message: d.message,
  }));

/**
 * The body as Prism reads it: none without a length or chunks, JSON for JSON media types, text otherwise.
 * @param {import("node:http").IncomingMessage} req
 * @returns {Promise<unknown>}
 */
function readBody(req) {
  const { headers } = req;
  if (headers["content-length"] === "0" || (headers["transfer-encoding"] === undefined && headers["content-length"] === undefined)) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolvePromise, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(Object.assign(new Error(`the body is over ${MAX_BODY_BYTES} bytes`), { status: 413 }));
      else chunks.push(chunk);
    });
    req.on("error", reject);
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const type =
        String(headers["content-type"] ?? "")
          .split(";")[0]
          ?.trim()
          .toLowerCase() ?? "";
      if (type !== "application/json" && !/^application\/[^/]+\+json$/.test(type)) return resolvePromise(text);
      try {
        resolvePromise(text === "" ? null : JSON.parse(text));
      } catch {
        reject(Object.assign(new Error("the body is not valid JSON"), { status: 400 }));
      }
    });
  });
}

/**
 * What Prism's refusal means for the API: a security violation is a 401 naming the credentials, any other
 * violation the API's invalid-input status naming every field, and Prism's own errors (no such path or method…)
 * keep their status.
 * @param {Json} spec
 * @param {import("./mock-routes.js").Route | undefined} route
 * @param {number} status
 * @param {Json[]} violations  as in `sl-violations`
 * @param {string} detail      Prism's explanation when there are none
 * @returns {Rejection}
 */
function rejectionOf(spec, route, status, violations, detail) {
  const operation = route?.operation;
  if (status === 401 || violations.some((v) => Number(v.code) === 401)) {
    return {
      status: 401,
      message: `Missing or invalid credentials: ${route ? `${route.method} ${route.path}` : "this operation"} needs ${credentialsNeeded(spec, operation)}`,
      violations: [],
    };
  }
  const errors = violations.filter((v) => v.severity === "Error");
  if (errors.length) {
    const found = readViolations(errors, route?.parameters, spec["x-envelope"]?.property);
    return { status: errorFormat(spec, operation).status, message: `Invalid request: ${describeViolations(found)}`, violations: found };
  }
  return { status, message: detail || "The mock refused the request", violations: [] };
}

/** @param {MockServerOptions} options */
async function main({ spec: specPath, mockSpec, port, host, prism: prismOptions, verbose }) {
  const spec = JSON.parse(readFileSync(specPath, "utf8"));
  const basePath = basePathOf(spec);
  const routes = routesOf(spec);
  const log = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        try {
          const entry = JSON.parse(line);
          tell({ log: `${entry.name ? `[${entry.name}] ` : ""}${entry.msg ?? line}` });
        } catch {
          tell({ log: line });
        }
      }
      done();
    },
  });
  const logger = prismCore.createLogger("MOCK", { level: verbose ? "info" : "silent" }, log);
  const operations = await prismHttp.getHttpOperationsFromSpec(mockSpec);
  /** @type {any} */
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: Boolean(prismOptions.errors),
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: Boolean(prismOptions.dynamic), ignoreExamples: Boolean(prismOptions.ignoreExamples), seed: prismOptions.seed },
  };
  // Prism's config and request types are written for its TypeScript callers; these are the shapes its CLI passes.
  const prism = prismHttp.createInstance(config, { logger });

  const server = createServer(async (req, res) => {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const inside = path === basePath || path.startsWith(`${basePath}/`);
    const inner = inside ? path.slice(basePath.length) || "/" : path;
    /** @type {import("./mock-routes.js").Route | undefined | null} null: not looked up yet */
    let found = null;
    const route = () => (found === null ? (found = inside ? findRoute(routes, method, inner) : undefined) : found);

    /** @type {(status: number, headers: Record<string, string>, body: string | Buffer | undefined, problem?: string) => void} */
    const send = (status, headers, body, problem) => {
      const length = body === undefined ? 0 : Buffer.byteLength(body);
      res.writeHead(status, withCors(req, { ...headers, "content-length": String(length) }));
      res.end(body);
      tell({ request: { method, path, status, ...(problem ? { problem } : {}) } });
    };
    /** @type {(rejection: Rejection, violations?: Json[]) => void} */
    const reject = (rejection, violations = []) => {
      req.resume();
      const matched = route();
      const op = matched && matched.method === method.toUpperCase() ? matched.operation : undefined;
      const body = JSON.stringify(errorBody(errorFormat(spec, op), rejection, { method, path }));
      /** @type {Record<string, string>} */
      const headers = { "content-type": "application/json" };
      if (violations.length) headers["sl-violations"] = violationsHeader(violations);
      send(rejection.status, headers, body, rejection.message);
    };

    try {
      if (method === "OPTIONS" && req.headers.origin && req.headers["access-control-request-method"]) {
        req.resume();
        return send(
          204,
          { "Access-Control-Allow-Methods": headerText(req.headers["access-control-request-method"]) ?? "*", Vary: "origin" },
          undefined,
        );
      }
      if (!inside)
        return reject({
          status: 404,
          message: `No operation at ${method} ${path}: this mock serves the API under ${basePath}/`,
          violations: [],
        });
      const preferred = req.headers.prefer ? route() : undefined;
      if (preferred) {
        const problem = preferProblem(spec, preferred, parsePrefer(headerText(req.headers.prefer)));
        if (problem) return reject({ status: errorFormat(spec, preferred.operation).status, message: problem, violations: [] });
      }
      let body;
      try {
        body = await readBody(req);
      } catch (error) {
        const status = /** @type {{ status?: number }} */ (error).status ?? 400;
        const message = `Invalid request: ${error instanceof Error ? error.message : String(error)}`;
        return reject({ status: status === 413 ? 413 : errorFormat(spec, route()?.operation).status, message, violations: [] });
      }
      /** @type {Record<string, string | string[]>} */
      const query = {};
      for (const [key, value] of new URLSearchParams(queryAt < 0 ? "" : url.slice(queryAt + 1))) {
        const seen = query[key];
        query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
      }
      /** @type {any} */
      const input = { method: method.toLowerCase(), url: { path: inner, query }, headers: req.headers, body };
      const requestConfig = getHttpConfigFromRequest(input);
      if (requestConfig._tag === "Left") {
        return reject({
          status: errorFormat(spec, route()?.operation).status,
          message: `Prefer: ${requestConfig.left.detail}`,
          violations: [],
        });
      }
      const mock = { ...config.mock, ...Object.fromEntries(Object.entries(requestConfig.right).filter(([, v]) => v !== undefined)) };
      const outcome = await prism.request(input, operations, { ...config, mock })();
      if (outcome._tag === "Left") {
        const error = /** @type {any} */ (outcome.left);
        const type = String(error.name ?? "");
        const status = Number(error.status) || 500;
        let message = String(error.detail || error.message || "");
        if (type === `${PRISM_ERROR}NO_PATH_MATCHED_ERROR`) message = `No operation at ${method} ${path}`;
        if (type === `${PRISM_ERROR}NO_METHOD_MATCHED_ERROR`) {
          const methods = routes.filter((r) => r.pattern.test(inner)).map((r) => r.method);
          message = `No ${method} operation at ${path}; it has ${methods.join(", ")}`;
        }
        const violations = Array.isArray(error.additional?.validation) ? error.additional.validation : [];
        return reject(rejectionOf(spec, route(), status, violations, message), violations);
      }
      const { output, validations } = outcome.right;
      const violations = [...asViolations(validations.input, "request"), ...asViolations(validations.output, "response")];
      const inputErrors = violations.filter((v) => v.location[0] === "request" && (v.severity === "Error" || Number(v.code) === 401));
      if (inputErrors.length) return reject(rejectionOf(spec, route(), output.statusCode, inputErrors, ""), violations);
      /** @type {Record<string, string>} */
      const headers = Object.fromEntries(Object.entries(output.headers ?? {}).map(([k, v]) => [k, String(v)]));
      if (violations.length) headers["sl-violations"] = violationsHeader(violations);
      const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1];
      send(output.statusCode, headers, serialize(output.body, contentType));
    } catch (error) {
      if (res.headersSent) return res.destroy(/** @type {Error} */ (error));
      reject({ status: 500, message: `The mock failed: ${error instanceof Error ? error.message : String(error)}`, violations: [] });
    }
  });
  server.keepAliveTimeout = 5_000;
  server.once("error", (error) => {
    tellAndExit({ error: { code: /** @type {NodeJS.ErrnoException} */ (error).code, message: error.message } });
  });
  server.listen(port, host, () => {
    const address = /** @type {import("node:net").AddressInfo} */ (server.address());
    tell({ ready: { url: `http://${host}:${address.port}${basePath}`, basePath } });
  });
  for (const signal of /** @type {NodeJS.Signals[]} */ (["SIGTERM", "SIGINT", "SIGHUP"])) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

main(JSON.parse(String(process.argv[2]))).catch((error) => {
  tellAndExit({ error: { message: error instanceof Error ? error.message : String(error) } });
});

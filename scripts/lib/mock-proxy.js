// The mock's front door: a node:http server in front of one Prism instance. It serves the API under its server's
// base path, answers every request Prism rejects in the API's own error format (`x-mock-errors`), refuses a
// `Prefer` control the operation cannot honour by naming what it can, keeps CORS readable from a browser, and
// reports one line per request. Everything else passes through untouched, streamed both ways.
import { Agent, createServer, request as httpRequest } from "node:http";
import { credentialsNeeded, describeViolations, errorBody, errorFormat, readViolations } from "./mock-errors.js";
import { basePathOf, findRoute, parsePrefer, preferProblem, routesOf } from "./mock-routes.js";

/** @typedef {import("./spec.js").Json} Json */
/** @typedef {import("./mock-errors.js").Rejection} Rejection */

/**
 * One request the mock answered, for the console.
 * @typedef {{ method: string, path: string, status: number, problem?: string }} MockRequestLog
 */

const PRISM_ERROR = "https://stoplight.io/prism/errors#";
/** Response headers a browser script may read without being told: everything else is listed in Expose-Headers. */
const SAFELISTED = new Set(["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"]);
/** Headers of one connection, which the mock's two connections (client to mock, mock to Prism) each have their own of. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "upgrade", "te", "trailer"]);

/**
 * @template {Record<string, unknown>} T
 * @param {T} headers
 * @returns {T}
 */
const endToEnd = (headers) =>
  /** @type {T} */ (Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()))));

/**
 * @param {{ spec: Json, prism: { host: string, port: number }, port: number, host?: string,
 *   onRequest?: (entry: MockRequestLog) => void }} options
 * @returns {Promise<{ url: string, basePath: string, stop: () => Promise<void> }>}
 */
export function startMockProxy({ spec, prism, port, host = "127.0.0.1", onRequest }) {
  const basePath = basePathOf(spec);
  const routes = routesOf(spec);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });

  const server = createServer((req, res) => {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const query = queryAt < 0 ? "" : url.slice(queryAt);
    /** @type {(status: number, problem?: string) => void} */
    const log = (status, problem) => onRequest?.({ method, path, status, ...(problem ? { problem } : {}) });

    const inside = path === basePath || path.startsWith(`${basePath}/`);
    const inner = inside ? path.slice(basePath.length) || "/" : path;
    const route = inside ? findRoute(routes, method, inner) : undefined;
    /** @type {(rejection: Rejection, headers?: Record<string, string | string[] | undefined>) => void} */
    const reject = (rejection, headers = {}) => {
      req.resume();
      const op = route && route.method === method.toUpperCase() ? route.operation : undefined;
      const body = JSON.stringify(errorBody(errorFormat(spec, op), rejection, { method, path }));
      const out = { ...corsOf(headers, req), "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
      res.writeHead(rejection.status, withExposed(out));
      res.end(body);
      log(rejection.status, rejection.message);
    };

    if (!inside) {
      return reject(
        { status: 404, message: `No operation at ${path}: this mock serves the API under ${basePath}/`, violations: [] },
        corsRequestHeaders(req),
      );
    }
    if (route && method !== "OPTIONS") {
      const problem = preferProblem(spec, route, parsePrefer(headerText(req.headers.prefer)));
      if (problem)
        return reject({ status: errorFormat(spec, route.operation).status, message: problem, violations: [] }, corsRequestHeaders(req));
    }

    const upstream = httpRequest(
      { host: prism.host, port: prism.port, method, path: `${inner}${query}`, headers: endToEnd(req.headers), agent },
      (answer) => {
        const status = answer.statusCode ?? 502;
        const violationsHeader = headerText(answer.headers["sl-violations"]);
        const problemJson = String(answer.headers["content-type"] ?? "").startsWith("application/problem+json");
        if (status < 400 || (!violationsHeader && !problemJson)) {
          res.writeHead(status, withExposed(endToEnd({ ...answer.headers })));
          answer.pipe(res);
          res.once("finish", () => log(status));
          return;
        }
        /** @type {Buffer[]} */
        const chunks = [];
        answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("end", () => {
          /** @type {Json} */
          let problem = {};
          if (problemJson) {
            try {
              problem = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            } catch {
              // Not the problem document Prism writes: its status and headers are all there is to go on.
            }
          }
          const rejection = rejectionOf(spec, route, status, violationsHeader, problem);
          // Prism names the path below the base path; the caller should see the one they sent, and what is there.
          if (problem.type === `${PRISM_ERROR}NO_PATH_MATCHED_ERROR`) rejection.message = `No operation at ${method} ${path}`;
          if (problem.type === `${PRISM_ERROR}NO_METHOD_MATCHED_ERROR`) {
            const methods = routes.filter((r) => r.pattern.test(inner)).map((r) => r.method);
            rejection.message = `No ${method} operation at ${path}; it has ${methods.join(", ")}`;
          }
          // Prism's own 422 carries its violations in the body only: the header has them on every rejection.
          const headers = { ...answer.headers };
          if (!violationsHeader && Array.isArray(problem.validation) && problem.validation.length)
            headers["sl-violations"] = JSON.stringify(problem.validation);
          reject(rejection, headers);
        });
      },
    );
    upstream.on("error", (error) => {
      if (res.headersSent) return res.destroy(error);
      reject({ status: 502, message: `The mock engine did not answer: ${error.message}`, violations: [] }, corsRequestHeaders(req));
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 5_000;

  return new Promise((resolvePromise, rejectPromise) => {
    server.once("error", rejectPromise);
    server.listen(port, host, () => {
      server.off("error", rejectPromise);
      const address = /** @type {import("node:net").AddressInfo} */ (server.address());
      resolvePromise({
        url: `http://${host}:${address.port}${basePath}`,
        basePath,
        stop: () =>
          new Promise((done) => {
            agent.destroy();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * What Prism's refusal means for the API: a security violation is a 401 naming the credentials, any other
 * violation the API's invalid-input status naming every field, and Prism's own errors (no such path or method…)
 * keep their status with Prism's explanation.
 * @param {Json} spec
 * @param {import("./mock-routes.js").Route | undefined} route
 * @param {number} status
 * @param {string | undefined} violationsHeader
 * @param {Json} problem   Prism's problem+json body, or {}
 * @returns {Rejection}
 */
function rejectionOf(spec, route, status, violationsHeader, problem) {
  /** @type {Json[]} */
  let raw = [];
  try {
    raw = violationsHeader ? JSON.parse(violationsHeader) : Array.isArray(problem.validation) ? problem.validation : [];
  } catch {
    raw = [];
  }
  const operation = route?.operation;
  if (raw.some((v) => Number(v?.code) === 401) || status === 401) {
    return {
      status: 401,
      message: `Missing or invalid credentials: ${route ? `${route.method} ${route.path}` : "this operation"} needs ${credentialsNeeded(spec, operation)}`,
      violations: [],
    };
  }
  const errors = raw.filter((v) => v?.severity === undefined || v.severity === "Error" || v.severity === 0);
  if (errors.length) {
    const violations = readViolations(errors, route?.parameters, spec["x-envelope"]?.property);
    return { status: errorFormat(spec, operation).status, message: `Invalid request: ${describeViolations(violations)}`, violations };
  }
  const type = typeof problem.type === "string" && problem.type.startsWith(PRISM_ERROR) ? problem.type.slice(PRISM_ERROR.length) : "";
  const detail =
    typeof problem.detail === "string" && problem.detail ? problem.detail : typeof problem.title === "string" ? problem.title : "";
  return { status, message: detail || `The mock refused the request${type ? ` (${type})` : ""}`, violations: [] };
}

/**
 * @param {string | string[] | undefined} value
 * @returns {string | undefined}
 */
function headerText(value) {
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The CORS headers of Prism's answer, to keep on the answer that replaces it.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {import("node:http").IncomingMessage} req
 */
function corsOf(headers, req) {
  const cors = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase().startsWith("access-control-")));
  const keep = /** @type {Record<string, string | string[]>} */ ({ ...corsRequestHeaders(req), ...cors });
  if (headers["sl-violations"]) keep["sl-violations"] = /** @type {string | string[]} */ (headers["sl-violations"]);
  return keep;
}

/**
 * The CORS headers Prism would have sent, for answers the mock gives without asking it.
 * @param {import("node:http").IncomingMessage} req
 * @returns {Record<string, string>}
 */
function corsRequestHeaders(req) {
  const origin = headerText(req.headers.origin);
  return {
    "access-control-allow-origin": origin ?? "*",
    "access-control-allow-headers": "*",
    "access-control-allow-credentials": "true",
    ...(origin ? { vary: "origin" } : {}),
  };
}

/**
 * The headers with Access-Control-Expose-Headers naming each of them: Prism sends `*`, which a browser takes
 * literally on a request with credentials, so `sl-violations` would stay hidden from the page.
 * @param {Record<string, string | string[] | number | undefined>} headers
 */
function withExposed(headers) {
  const names = Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => !SAFELISTED.has(name) && !name.startsWith("access-control-"));
  const exposed = [...new Set(["sl-violations", ...names])].join(", ");
  const out = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "access-control-expose-headers"));
  return { ...out, "access-control-expose-headers": exposed };
}

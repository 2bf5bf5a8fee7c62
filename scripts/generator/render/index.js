// src/index.ts of a client package: the operation table, the options interface and the client factory.
import { envName, HEADER, inlineLiteral } from "../code.js";
import { authCode } from "./auth.js";

/**
 * @param {import("../model.js").Model} model
 * @returns {string}
 */
export function renderIndex(model) {
  const { info, servers, conventions, operations, webhooks } = model;
  const auth = authCode(model);
  const { variables } = servers;
  // Optional client features, imported only when the spec needs them so that bundles stay small.
  const features = {
    download: operations.some((op) => op.answersBinary),
    pagination: Boolean(conventions.pagination),
    multipart: operations.some((op) => op.multipart),
    idempotency: operations.some((op) => op.idempotencyHeader),
  };
  const runtimeImports = [
    ...new Set([
      "createApiClient",
      "fromEnv",
      "type OperationTable",
      ...(auth?.imports ?? []),
      ...(variables.length ? ["serverVariable"] : []),
      ...(conventions.envelope ? ["type UnwrappedPaths"] : []),
      ...(features.download ? ["withDownload"] : []),
      ...(features.pagination ? ["withPagination"] : []),
      ...(features.multipart ? ["toFormData"] : []),
      ...(features.idempotency ? ["withIdempotencyKey"] : []),
    ]),
  ].sort((a, b) => a.replace("type ", "").localeCompare(b.replace("type ", "")));
  const publicTypes = [
    "ApiClient",
    "ClientOptions",
    ...(features.download ? ["DownloadClient"] : []),
    ...(features.pagination ? ["PagedClient"] : []),
  ];
  // The envelope as received, its document included: `result.envelope` is the whole success body.
  const envelopeType = conventions.envelope ? `components["schemas"][${JSON.stringify(conventions.envelopeSchema)}]` : "never";
  const pathsType = conventions.envelope ? `UnwrappedPaths<paths, ${JSON.stringify(conventions.envelope)}>` : "paths";
  const extraConfig = [
    // Operations with servers of their own go there only while the client uses the spec's server.
    servers.baseUrl && operations.some((op) => op.server) ? "defaultBaseUrl," : "",
    conventions.envelope ? `envelope: ${JSON.stringify(conventions.envelope)},` : "",
    features.multipart ? "formData: toFormData," : "",
    features.idempotency ? "idempotencyKey: withIdempotencyKey," : "",
  ].filter(Boolean);
  // Only the operations whose items lie elsewhere are named, so that the others add nothing to the bundle.
  const itemsAt = Object.fromEntries(operations.filter((op) => op.pageItems).map((op) => [op.path, op.pageItems]));
  const pagination = Object.keys(itemsAt).length ? { ...conventions.pagination, itemsAt } : conventions.pagination;
  const callerPaths = conventions.envelope ? `${info.pascal}Paths` : "paths";
  const clientType = [
    `ApiClient<${conventions.envelope ? `${info.pascal}Paths, ${info.pascal}Envelope` : "paths"}>`,
    features.download ? `DownloadClient<${callerPaths}>` : "",
    features.pagination
      ? `PagedClient<${callerPaths}, ${info.pascal}PagedPath${Object.keys(itemsAt).length ? `, ${inlineLiteral(itemsAt)}` : ""}>`
      : "",
  ]
    .filter(Boolean)
    .join(" & ");
  let wrapped = "client";
  if (features.download) wrapped = `withDownload(${wrapped})`;
  if (features.pagination) wrapped = `withPagination(${wrapped}, ${inlineLiteral(pagination)})`;
  const optionsBody = [
    auth?.optionFields,
    ...variables.map(
      (v) =>
        `  /** ${v.description} Default: \`${v.default}\`. Ignored when \`baseUrl\` is given. */\n  ${v.name}?: ${v.values.map((x) => JSON.stringify(x)).join(" | ")};`,
    ),
  ]
    .filter(Boolean)
    .join("\n");
  const names = [...(auth?.destructure ?? []), ...variables.map((v) => v.name)];
  const destructure = names.length ? `const { ${names.join(", ")}, ...rest } = options;` : "const rest = options;";
  const baseUrlEnv = `fromEnv(${JSON.stringify(envName(info.env, "baseUrl"))})`;
  const serverExpr = variables.length
    ? `rest.baseUrl ?? ${baseUrlEnv} ?? ${JSON.stringify(servers.template)}${variables.map((v) => `.replace("{${v.name}}", serverVariable("${v.name}", ${v.name}, ${JSON.stringify(v.values)}, ${JSON.stringify(v.default)}))`).join("")}`
    : servers.baseUrl
      ? `rest.baseUrl ?? ${baseUrlEnv} ?? defaultBaseUrl`
      : `rest.baseUrl ?? ${baseUrlEnv}`;
  return `${HEADER}import {
  ${runtimeImports.join(",\n  ")},
} from "@apispec/runtime/internal";
import type { ${publicTypes.join(", ")} } from "@apispec/runtime";
import type { ${conventions.envelope ? "components, " : ""}paths } from "./schema.js";

export type { components, operations, paths${webhooks.length ? ", webhooks" : ""} } from "./schema.js";
export {
  ApiAuthError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  type DownloadedFile,
  type PerRequestOptions,
  type RetryOptions,
  type UnexpectedErrorBody,
} from "@apispec/runtime";

${
  servers.baseUrl
    ? `/** The server the spec declares: ${servers.baseUrl} */
export const defaultBaseUrl = ${JSON.stringify(servers.baseUrl)};
`
    : `// The vendor documents no server: every client needs a baseUrl.
`
}
/** Per-operation facts from the spec that the runtime acts on: the usual case per method, then the exceptions. */
export const operationTable: OperationTable = ${operationTable(model)};
${auth?.declarations ? `\n${auth.declarations}` : ""}
export interface ${info.pascal}ClientOptions extends ClientOptions {
${[servers.baseUrl ? "" : `  /** Where your deployment of the API is served (the vendor documents no default server). Default: the \`${envName(info.env, "baseUrl")}\` environment variable (Node.js). */\n  baseUrl?: string;`, optionsBody].filter(Boolean).join("\n")}
}

${
  conventions.envelope
    ? `/** Request and success bodies as callers see them: the documents inside the \`${conventions.envelope}\` envelope. */
export type ${info.pascal}Paths = ${pathsType};

/** The success envelope around each document, available as \`result.envelope\`. */
export type ${info.pascal}Envelope = ${envelopeType};

`
    : ""
}${
  features.pagination
    ? `/** The GET operations that take the paging parameter: what \`paginate()\` accepts. */
export type ${info.pascal}PagedPath = ${operations
        .filter((op) => op.paged)
        .map((op) => JSON.stringify(op.path))
        .join(" | ")};

`
    : ""
}/** A typed client for the ${info.title}: \`client.GET("/path", { params })\` returns \`{ data, error, status, response }\`. */
export type ${info.pascal}Client = ${clientType};

/**
 * Creates a ${info.title} client. Requests are typed from the spec; non-2xx responses come back as
 * \`{ error, status }\` (never thrown); network failures and timeouts throw \`ApiConnectionError\` / \`ApiTimeoutError\`
 * after the configured retries.
 */
export function ${info.factory}(options: ${info.pascal}ClientOptions = {}): ${info.pascal}Client {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("${info.factory}(options): options must be an object");
  }
  ${destructure}
  ${auth?.setup ? `${auth.setup}\n  ` : ""}const baseUrl = ${serverExpr};${
    servers.baseUrl || variables.length
      ? ""
      : `
  if (baseUrl === undefined) {
    throw new TypeError(${JSON.stringify(`${info.factory}: baseUrl (or ${envName(info.env, "baseUrl")}) is required: the vendor documents no server`)});
  }`
  }
  const client = createApiClient<${conventions.envelope ? `${info.pascal}Paths, ${info.pascal}Envelope` : "paths"}>({
    ...rest,
    baseUrl,
    ${auth ? `auth: ${auth.authExpression},\n    ` : ""}operations: operationTable,${extraConfig.map((line) => `\n    ${line}`).join("")}
  });
  return ${wrapped};
}
`;
}

/**
 * The operation table (it ships in every bundle): per method the facts most of its operations share, and per path
 * and method only the operations whose facts differ from their method's, so that its size follows the number of
 * exceptions, not of operations.
 * @param {import("../model.js").Model} model
 * @returns {string}
 */
export function operationTable({ operations, security }) {
  const facts = operations.map((op) => {
    /** @type {import("../../../runtime/src/client.js").OperationInfo} */
    const info = {};
    if (security && !op.auth) info.auth = false;
    if (op.idempotencyHeader) info.idempotencyHeader = op.idempotencyHeader;
    if (op.multipart) info.multipart = op.multipart;
    if (op.envelope) info.envelope = true;
    if (!op.replay) info.replay = false;
    if (op.rawBody) info.raw = op.rawBody;
    if (op.server) info.server = op.server;
    return { op, code: inlineLiteral(info) };
  });
  /** @type {Map<string, string>} */
  const defaults = new Map();
  for (const method of new Set(operations.map((op) => op.method))) {
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const { op, code } of facts) if (op.method === method) counts.set(code, (counts.get(code) ?? 0) + 1);
    // The usual case is what more than half of the method's operations share; otherwise there is none.
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const usual = [...counts].find(([, n]) => n > total / 2)?.[0];
    if (usual && usual !== "{}") defaults.set(method, usual);
  }
  /** @type {Map<string, string[]>} */
  const rows = new Map();
  for (const { op, code } of facts) {
    if (code === (defaults.get(op.method) ?? "{}")) continue;
    rows.set(op.path, [...(rows.get(op.path) ?? []), `${op.method}: ${code}`]);
  }
  const paths = [...rows].map(([path, methods]) => `    ${JSON.stringify(path)}: { ${methods.join(", ")} },\n`).join("");
  const usual = [...defaults].map(([method, code]) => `${method}: ${code}`).join(", ");
  return `{\n  defaults: ${usual ? `{ ${usual} }` : "{}"},\n  paths: {\n${paths}  },\n}`;
}

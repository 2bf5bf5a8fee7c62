// The spec model: everything the renderers need to know about one API, read once from its bundled spec.
// Renderers only format what is here; rules about what the spec means (which operations are paged, which bodies
// are enveloped, which answers are text) live in this file.

import { documentedExample, mediaKind, operationsOf, resolveRef, resolveSchema } from "../lib/spec.js";
import { camelCase, constantCase, oneLine, pascalCase } from "./code.js";
import { readSecurity } from "./security.js";

/** @typedef {import("../lib/spec.js").Json} Json */

/** Request bodies the client builds from an object (multipart parts, form fields), never sent as a file. */
const isForm = (/** @type {string} */ type) => type.startsWith("multipart/") || type === "application/x-www-form-urlencoded";
/** @typedef {import("../lib/apis.js").Api} Api */

/**
 * @typedef {object} Info
 * @property {string} api          the API's name in redocly.yaml, e.g. `dotsub`
 * @property {string} name         the package name, e.g. `@apispec/dotsub`
 * @property {string} version
 * @property {string} title
 * @property {string} summary
 * @property {string} pascal       e.g. `Dotsub`, for type names
 * @property {string} camel        e.g. `dotsub`, for variable names in examples
 * @property {string} env          e.g. `DOTSUB`, the prefix of environment variables in examples
 * @property {string} factory      e.g. `createDotsubClient`
 */

/**
 * @typedef {object} ServerVariable
 * @property {string} name
 * @property {string[]} values
 * @property {string} default
 * @property {string} description
 */

/**
 * @typedef {object} Servers
 * @property {string | undefined} baseUrl   the first server with its variables' defaults; undefined when it has an open variable (a host)
 * @property {string} template              the first server's URL as written
 * @property {ServerVariable[]} variables   variables with a closed set of values, which become client options
 */

/**
 * @typedef {object} Conventions
 * @property {import("../../runtime/src/pagination.js").Pagination | undefined} pagination   the spec's `x-pagination`
 * @property {string | undefined} pagingParameter   the query parameter that makes an operation paged
 * @property {string | undefined} envelope          the `x-envelope` property
 * @property {string | undefined} envelopeSchema    the `x-envelope` schema name
 */

/**
 * @typedef {object} Operation
 * @property {string} method            upper case, as the client names it: `GET`
 * @property {string} path
 * @property {string} operationId
 * @property {string} summary
 * @property {boolean} auth             the operation needs credentials
 * @property {string | undefined} idempotencyHeader   the header the client fills with a fresh key
 * @property {boolean} replay           false when the spec marks it `x-idempotent: false`: it is never retried
 * @property {Json[]} params
 * @property {Json[]} requiredParams    required, not headers
 * @property {unknown} requestExample   the request body the spec documents, if any
 * @property {string | undefined} rawBody   the first media type of a body sent as-is (a file: audio, an image, a PDF)
 * @property {"text" | "blob" | undefined} parseAs   how a call must read the answer when no success media type is JSON
 * @property {boolean} answersBinary    a GET with a success media type that is neither JSON nor text
 * @property {string | undefined} fileType   that media type (the first, when there are several)
 * @property {boolean} deprecated
 * @property {string | undefined} server   the operation's own server (its `servers`), when it is not the spec's
 * @property {Record<string, string | null> | undefined} multipart   media type per part of a multipart body
 * @property {boolean} envelope         the JSON request body is the API's envelope around the document
 * @property {boolean} paged            a GET taking the paging parameter
 * @property {string | undefined} pageItems   the operation's `x-pagination.items`: where its items are inside the API's `items`
 */

/**
 * @typedef {object} Webhook
 * @property {string} name      the key under `webhooks`
 * @property {string} type      the payload's type name
 * @property {string} parse     the parse function's name
 * @property {string} summary
 * @property {Json} schema      the payload schema as written (with $refs)
 */

/**
 * @typedef {object} Model
 * @property {Json} spec
 * @property {Info} info
 * @property {Servers} servers
 * @property {Conventions} conventions
 * @property {import("./security.js").Security | undefined} security
 * @property {Operation[]} operations
 * @property {Webhook[]} webhooks
 */

/**
 * @param {Api} api
 * @param {Json} spec the bundled spec
 * @returns {Model}
 */
export function readModel(api, spec) {
  const pascal = pascalCase(api.name);
  const info = {
    api: api.name,
    name: `@apispec/${api.name}`,
    version: String(spec.info.version),
    title: oneLine(spec.info.title),
    summary: oneLine(spec.info.summary ?? spec.info.title),
    pascal,
    camel: camelCase(api.name),
    env: constantCase(api.name),
    factory: `create${pascal}Client`,
  };
  const servers = readServers(spec);
  const conventions = readConventions(spec);
  const operations = readOperations(spec, conventions);
  return {
    spec,
    info,
    servers,
    conventions,
    security: readSecurity(spec, servers.baseUrl, operations),
    operations,
    webhooks: readWebhooks(spec),
  };
}

/**
 * @param {Json} spec
 * @returns {Servers}
 */
function readServers(spec) {
  const server = spec.servers?.[0];
  if (!server) throw new Error("the spec declares no servers");
  /** @type {[string, Json][]} */
  const variables = Object.entries(server.variables ?? {});
  // A variable without a closed set of values (a host, a whole URL) has no meaningful default.
  const open = variables.some(([, v]) => !Array.isArray(v.enum));
  return {
    baseUrl: open
      ? undefined
      : server.url.replace(/\{(\w+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) =>
          String(server.variables?.[name]?.default ?? `{${name}}`),
        ),
    template: server.url,
    variables: open
      ? []
      : variables.map(([name, v]) => ({ name, values: v.enum, default: v.default, description: oneLine(v.description ?? name) })),
  };
}

/**
 * API-wide conventions the spec declares through extensions (see specs/EXTENSIONS.md).
 * @param {Json} spec
 * @returns {Conventions}
 */
function readConventions(spec) {
  const pagination = spec["x-pagination"];
  if (pagination && !["page", "cursor"].includes(pagination.kind))
    throw new Error(`x-pagination.kind must be "page" or "cursor", got ${pagination.kind}`);
  const envelope = spec["x-envelope"];
  return {
    pagination,
    pagingParameter: pagination && (pagination.kind === "page" ? pagination.pageParameter : pagination.cursorParameter),
    envelope: envelope?.property,
    envelopeSchema: envelope?.schema,
  };
}

/**
 * @param {Json} spec
 * @param {Conventions} conventions
 * @returns {Operation[]}
 */
function readOperations(spec, conventions) {
  return operationsOf(spec).map(({ path, method, item, operation: op }) => {
    /** @type {Json[]} */
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(spec, p));
    const idempotency = params.find((p) => p.in === "header" && /^idempotency-key$/i.test(p.name));
    /** @type {Json[]} */
    const security = op.security ?? spec.security ?? [];
    const content = resolveRef(spec, op.requestBody)?.content ?? {};
    const multipart = content["multipart/form-data"];
    const jsonBody = resolveSchema(spec, content["application/json"]?.schema);
    const success = successMediaTypes(spec, op);
    if (op["x-idempotent"] !== undefined && op["x-idempotent"] !== false) {
      throw new Error(
        `${method.toUpperCase()} ${path}: x-idempotent can only be false (see specs/EXTENSIONS.md), got ${JSON.stringify(op["x-idempotent"])}`,
      );
    }
    const paged = Boolean(conventions.pagingParameter && params.some((p) => p.in === "query" && p.name === conventions.pagingParameter));
    const requestMedia = content["application/json"] ?? content["multipart/form-data"] ?? content["application/x-www-form-urlencoded"];
    return {
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      summary: oneLine(op.summary ?? ""),
      auth: security.some((requirement) => Object.keys(requirement).length > 0),
      idempotencyHeader: idempotency?.name,
      replay: op["x-idempotent"] !== false,
      requiredParams: params.filter((p) => p.required && p.in !== "header"),
      params,
      requestExample: requestMedia && documentedExample(spec, requestMedia),
      rawBody: Object.keys(content).find((type) => mediaKind(type) === "binary" && !isForm(type)),
      parseAs: readAs(success),
      answersBinary: method === "get" && success.some((type) => mediaKind(type) === "binary"),
      fileType: method === "get" ? success.find((type) => mediaKind(type) === "binary") : undefined,
      deprecated: op.deprecated === true,
      server: ownServer(op.servers ?? item.servers, spec.servers?.[0]?.url),
      multipart: multipart && multipartParts(spec, multipart),
      // Only a body whose sole required member is the envelope is wrapped (Kazoo's impersonation also needs `action`).
      envelope: Boolean(
        conventions.envelope &&
          jsonBody?.properties?.[conventions.envelope] &&
          (jsonBody.required ?? []).every((/** @type {string} */ k) => k === conventions.envelope),
      ),
      paged,
      pageItems: readPageItems(`${method.toUpperCase()} ${path}`, op["x-pagination"], paged),
    };
  });
}

/**
 * The operation-level `x-pagination`: `{items}`, a property path (`a.b`) inside the API-wide `items`.
 * @param {string} where   the operation, for messages
 * @param {Json} extension
 * @param {boolean} paged
 * @returns {string | undefined}
 */
function readPageItems(where, extension, paged) {
  if (extension === undefined) return undefined;
  const shown = JSON.stringify(extension);
  if (!paged) throw new Error(`${where}: x-pagination is for a paged GET, one taking the paging parameter (see specs/EXTENSIONS.md)`);
  if (typeof extension !== "object" || extension === null || Object.keys(extension).join() !== "items")
    throw new Error(`${where}: x-pagination on an operation is {items} and nothing else (see specs/EXTENSIONS.md), got ${shown}`);
  if (typeof extension.items !== "string" || !/^[^.]+(\.[^.]+)*$/.test(extension.items))
    throw new Error(`${where}: x-pagination.items must be a property path such as "numbers" or "page.entries", got ${shown}`);
  return extension.items;
}

/**
 * The media types of the operation's first success answer.
 * @param {Json} spec
 * @param {Json} op
 * @returns {string[]}
 */
function successMediaTypes(spec, op) {
  const success = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith("2"))?.[1];
  return Object.keys(resolveRef(spec, success)?.content ?? {});
}

/**
 * The first server an operation (or its path) declares for itself, without a trailing slash; undefined when it has
 * none, or it is the spec's own.
 * @param {Json[] | undefined} servers
 * @param {string | undefined} specServer
 * @returns {string | undefined}
 */
function ownServer(servers, specServer) {
  const url = servers?.[0]?.url?.replace(/\/+$/, "");
  return url && url !== specServer?.replace(/\/+$/, "") ? url : undefined;
}

/**
 * How an answer with these success media types is read: as text when all are text, as a Blob when none is JSON (the
 * client's types demand `parseAs` then), and as JSON otherwise.
 * @param {string[]} success
 * @returns {"text" | "blob" | undefined}
 */
function readAs(success) {
  const kinds = success.map(mediaKind);
  if (!kinds.length || kinds.includes("json")) return undefined;
  return kinds.every((kind) => kind === "text") ? "text" : "blob";
}

/**
 * Media type per multipart part: the spec's `encoding` first, then the part schema's own media type.
 * @param {Json} spec
 * @param {Json} media
 * @returns {Record<string, string | null>}
 */
function multipartParts(spec, media) {
  const schema = resolveSchema(spec, media.schema) ?? {};
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => {
      const part = resolveSchema(spec, property) ?? {};
      const declared = media.encoding?.[name]?.contentType?.split(",")[0].trim();
      const type = declared ?? part.contentMediaType ?? ([part.type].flat().includes("object") ? "application/json" : null);
      return [name, type];
    }),
  );
}

/**
 * The webhooks a spec declares with a JSON payload.
 * @param {Json} spec
 * @returns {Webhook[]}
 */
function readWebhooks(spec) {
  return Object.entries(spec.webhooks ?? {}).flatMap(([name, item]) => {
    const op = item.post;
    const schema = op?.requestBody && resolveRef(spec, op.requestBody).content?.["application/json"]?.schema;
    if (!schema) return [];
    const pascal = pascalCase(name);
    return [{ name, schema, type: pascal, parse: `parse${pascal}`, summary: oneLine(op.summary ?? name) }];
  });
}

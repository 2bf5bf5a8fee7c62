// How a spec's security scheme becomes client options. The generator stays generic: it reads the
// scheme (and, for token flows, the spec's token operation) from the bundled spec and emits the
// matching runtime provider; an unknown scheme is a clear error naming this file.

/**
 * @param {string} name    the security scheme's name in the spec
 * @param {any} scheme     the security scheme object
 * @param {{ factory: string, spec: any, serverUrl: string | undefined }} context
 */
export function authFor(name, scheme, { factory, spec, serverUrl }) {
  const required = (fields) => fields.map((f) => `requireString(${f}, "${factory}: ${f}");`).join("\n  ");
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") {
    return {
      kind: "bearer API key",
      imports: ["bearerAuth"],
      optionFields: `  /** ${oneLine(scheme.description ?? "API key, sent as Authorization: Bearer <apiKey>.")} */\n  apiKey: string;`,
      destructure: ["apiKey"],
      setup: "",
      authExpression: `bearerAuth(apiKey, "${factory}: apiKey")`,
      exampleOptions: `apiKey: process.env.API_KEY!`,
    };
  }
  if (scheme.type === "oauth2" && (scheme.flows?.password || scheme.flows?.clientCredentials)) {
    const grant = scheme.flows.password ? "password" : "clientCredentials";
    const flow = scheme.flows[grant];
    const token = findTokenOperation(spec, flow.tokenUrl, serverUrl);
    const relative = serverUrl && flow.tokenUrl.startsWith(`${serverUrl}/`) ? flow.tokenUrl.slice(serverUrl.length) : undefined;
    const tokenUrlExpr = relative ? `tokenUrl ?? \`\${baseUrl}${relative}\`` : `tokenUrl ?? ${JSON.stringify(flow.tokenUrl)}`;
    const audience = token.bodySchema?.properties?.audience;
    const common = [
      `  /** OAuth 2 client id. */\n  clientId: string;`,
      `  /** OAuth 2 client secret. Sent only to the token endpoint; never logged or put in errors. */\n  clientSecret: string;`,
      `  /** Token endpoint. Default: ${relative ? `\`<baseUrl>${relative}\`` : `\`${flow.tokenUrl}\``}. */\n  tokenUrl?: string;`,
    ];
    const fields = grant === "password"
      ? [...common, `  /** Resource-owner username for the password grant. */\n  username: string;`, `  /** Resource-owner password for the password grant. */\n  password: string;`]
      : [...common, ...(audience ? [`  /** ${oneLine(audience.description ?? "Token audience.")}${audience.default ? ` Default: \`${audience.default}\`.` : ""} */\n  audience?: string;`] : [])];
    const names = grant === "password" ? ["clientId", "clientSecret", "username", "password"] : ["clientId", "clientSecret"];
    const args = grant === "password"
      ? `{ tokenUrl: ${tokenUrlExpr}, clientId, clientSecret, username, password, encoding: "${token.encoding}", fetch: rest.fetch }`
      : `{ tokenUrl: ${tokenUrlExpr}, clientId, clientSecret${audience ? `, audience: audience${audience.default ? ` ?? ${JSON.stringify(audience.default)}` : ""}` : ""}, encoding: "${token.encoding}", fetch: rest.fetch }`;
    return {
      kind: grant === "password" ? "OAuth 2 password grant (token cached, refreshed with the refresh token)" : "OAuth 2 client credentials (token cached until shortly before expiry)",
      imports: [grant === "password" ? "oauth2Password" : "oauth2ClientCredentials", "requireString"],
      optionFields: fields.join("\n"),
      destructure: [...names, "tokenUrl", ...(audience ? ["audience"] : [])],
      setup: required(names),
      authExpression: `${grant === "password" ? "oauth2Password" : "oauth2ClientCredentials"}(${args})`,
      exampleOptions: names.map((n) => `${n}: process.env.${n.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}!`).join(", "),
    };
  }
  throw new Error(
    `security scheme "${name}" (type ${scheme.type}${scheme.scheme ? `, scheme ${scheme.scheme}` : ""}) has no client mapping yet: add one to scripts/lib/auth.js`,
  );
}

/** The operation that serves a flow's tokenUrl, to learn how its body is encoded. */
function findTokenOperation(spec, tokenUrl, serverUrl) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const op = item.post ?? item.put;
    if (!op) continue;
    const servers = (op.servers ?? item.servers ?? []).map((s) => s.url);
    const candidates = [...servers, ...(serverUrl ? [serverUrl] : [])].map((base) => `${base.replace(/\/$/, "")}${path}`);
    if (!candidates.includes(tokenUrl)) continue;
    const content = op.requestBody?.content ?? {};
    const encoding = content["application/x-www-form-urlencoded"] ? "form" : "json";
    const media = content["application/x-www-form-urlencoded"] ?? content["application/json"];
    return { encoding, bodySchema: resolveSchema(spec, media?.schema) };
  }
  throw new Error(`no operation in the spec serves the OAuth token URL ${tokenUrl}: document the token request as an operation`);
}

function resolveSchema(spec, schema) {
  if (!schema) return undefined;
  if (schema.$ref) return resolveSchema(spec, schema.$ref.slice(2).split("/").reduce((o, k) => o?.[k], spec));
  if (schema.allOf || schema.oneOf || schema.anyOf) {
    const parts = (schema.allOf ?? schema.oneOf ?? schema.anyOf).map((s) => resolveSchema(spec, s));
    return { properties: Object.assign({}, ...parts.map((p) => p?.properties ?? {}), schema.properties ?? {}) };
  }
  return schema;
}

export function oneLine(text) {
  return String(text).replace(/\s+/g, " ").trim();
}

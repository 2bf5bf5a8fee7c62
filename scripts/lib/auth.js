import { resolveSchema } from "./spec.js";

// How a spec's security scheme becomes client options. The generator stays generic: it reads the
// scheme (and, for token flows, the spec's token operation) from the bundled spec and emits the
// matching runtime provider; an unknown scheme is a clear error naming this file.

/**
 * @param {string} name    the security scheme's name in the spec
 * @param {any} scheme     the security scheme object
 * @param {{ factory: string, spec: any, serverUrl: string | undefined }} context
 */
export function authFor(name, scheme, { factory, spec, serverUrl }) {
  // Environment variable names in examples: DUBFORMER_API_KEY, DOTSUB_CLIENT_ID, …
  const env = (option) => `process.env.${factory.replace(/^create|Client$/g, "").toUpperCase()}_${option.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}!`;
  const required = (fields) => fields.map((f) => `requireString(${f}, "${factory}: ${f}");`).join("\n  ");
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") {
    return {
      kind: "bearer API key",
      imports: ["bearerAuth"],
      optionFields: `  /** ${oneLine(scheme.description ?? "API key, sent as Authorization: Bearer <apiKey>.")} */\n  apiKey: string;`,
      destructure: ["apiKey"],
      setup: "",
      authExpression: `bearerAuth(apiKey, "${factory}: apiKey")`,
      exampleOptions: `apiKey: ${env("apiKey")}`,
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
      exampleOptions: names.map((n) => `${n}: ${env(n)}`).join(", "),
    };
  }
  if (scheme.type === "apiKey" && scheme.in === "header") return headerTokenAuth(name, scheme, { factory, spec, env });
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


export function oneLine(text) {
  return String(text).replace(/\s+/g, " ").trim();
}

/** An API-key header. With `x-login`, the client can also log in and keep the token fresh. */
function headerTokenAuth(name, scheme, { factory, spec, env }) {
  const pascal = factory.replace(/^create/, "").replace(/Client$/, "");
  const login = scheme["x-login"];
  if (!login) {
    return {
      kind: `API key in the \`${scheme.name}\` header`,
      imports: ["headerAuth"],
      optionFields: `  /** ${oneLine(scheme.description ?? "API key.")} */\n  apiKey: string;`,
      destructure: ["apiKey"],
      setup: "",
      authExpression: `headerAuth(${JSON.stringify(scheme.name)}, apiKey, "${factory}: apiKey")`,
      exampleOptions: `apiKey: ${env("apiKey")}`,
    };
  }
  const envelope = spec["x-envelope"]?.property;
  const wrap = (fields) => (envelope ? `{ ${envelope}: ${fields} }` : fields);
  const path = (operationId) => {
    for (const [p, item] of Object.entries(spec.paths ?? {})) {
      for (const [method, op] of Object.entries(item)) if (op?.operationId === operationId) return { path: p, method: method.toUpperCase() };
    }
    throw new Error(`x-login names operation ${operationId}, which the spec does not have`);
  };
  const user = path(login.userCredentials);
  const key = path(login.apiKey);
  return {
    kind: `\`${scheme.name}\` token from a login (user credentials or API key), or a token you already have`,
    imports: ["ApiAuthError", "headerAuth", "requestToken", "requireString", "sha1Hex", "tokenAuth", "type AuthProvider"],
    optionFields: `  /**
   * How to authenticate: log in with a user's credentials or the account's API key (the client logs in on first
   * use, caches the token and logs in again once when it is refused), or pass a token you already have.
   */
  credentials: { username: string; password: string; accountName: string } | { apiKey: string } | { authToken: string };`,
    destructure: ["credentials"],
    setup: "",
    authExpression: "loginAuth(credentials, baseUrl, rest.fetch)",
    exampleOptions: `baseUrl: ${env("url")}, credentials: { username: ${env("username")}, password: ${env("password")}, accountName: ${env("accountName")} }`,
    helpers: `
/** The token header, from a login or a token you already have. */
function loginAuth(credentials: ${pascal}ClientOptions["credentials"], baseUrl: string, fetch: ClientOptions["fetch"]): AuthProvider {
  const header = ${JSON.stringify(scheme.name)};
  if (typeof credentials !== "object" || credentials === null) {
    throw new TypeError("${factory}: credentials must be { username, password, accountName }, { apiKey } or { authToken }");
  }
  if ("authToken" in credentials) return headerAuth(header, credentials.authToken, "${factory}: credentials.authToken");
  let login: (signal: AbortSignal) => Promise<Record<string, unknown>>;
  if ("apiKey" in credentials) {
    requireString(credentials.apiKey, "${factory}: credentials.apiKey");
    const body = ${wrap("{ api_key: credentials.apiKey }")};
    login = (signal) => requestToken({ url: baseUrl + ${JSON.stringify(key.path)}, method: "${key.method}", body, encoding: "json", fetch, signal });
  } else {
    const { username, password, accountName } = credentials;
    for (const [field, value] of Object.entries({ username, password, accountName })) requireString(value, \`${factory}: credentials.\${field}\`);
    login = async (signal) =>
      requestToken({
        url: baseUrl + ${JSON.stringify(user.path)},
        method: "${user.method}",
        body: ${wrap('{ credentials: await sha1Hex(`${username.toLowerCase()}:${password}`), method: "sha", account_name: accountName }')},
        encoding: "json",
        fetch,
        signal,
      });
  }
  return tokenAuth({
    apply: (headers, token) => headers.set(header, token),
    async obtain(signal) {
      const answer = await login(signal);
      const token = answer[${JSON.stringify(login.tokenProperty)}];
      if (typeof token !== "string" || token === "") throw new ApiAuthError("the login answer has no ${login.tokenProperty}", { body: Object.keys(answer) });
      return { value: token };
    },
  });
}
`,
  };
}

// The client code for an API's auth (see ../security.js for what is read from the spec): the factory's options,
// the runtime provider it builds, and the options in examples. Shared by the index, README and sample renderers.
import { envName, literal, oneLine } from "../code.js";

/**
 * @typedef {object} AuthCode
 * @property {string} kind            one sentence for the README
 * @property {string[]} imports       from the runtime's internal entry point
 * @property {string} optionFields    members of the options interface
 * @property {string[]} destructure   option names taken out of `options`
 * @property {string} setup           statements before the client is made
 * @property {string} authExpression  the provider
 * @property {string} exampleOptions  the auth options in examples, from environment variables
 * @property {string} environment     the variables the credentials default to, as a README phrase
 * @property {string} [declarations]  module-level code the provider needs
 */

/**
 * @param {import("../model.js").Model} model
 * @returns {AuthCode | undefined}
 */
export function authCode({ security, info, servers }) {
  if (!security) return undefined;
  const env = (/** @type {string} */ option) => `process.env.${envName(info.env, option)}!`;
  // Credential options default to their environment variables, read where there is one (Node.js).
  const fromEnv = (/** @type {string} */ option) => `${option} = fromEnv(${JSON.stringify(envName(info.env, option))})`;
  const what = (/** @type {string} */ option) => JSON.stringify(`${info.factory}: ${option} (or ${envName(info.env, option)})`);
  const defaults = (/** @type {string} */ option) => `Default: the \`${envName(info.env, option)}\` environment variable (Node.js).`;
  const apiKey = {
    destructure: [fromEnv("apiKey")],
    setup: "",
    exampleOptions: `apiKey: ${env("apiKey")}`,
    environment: `\`${envName(info.env, "apiKey")}\``,
  };
  switch (security.kind) {
    case "bearer":
      return {
        ...apiKey,
        kind: "bearer API key",
        imports: ["bearerAuth", "fromEnv"],
        optionFields: `  /** ${oneLine(security.description ?? "API key, sent as Authorization: Bearer <apiKey>.")} ${defaults("apiKey")} */\n  apiKey?: string;`,
        authExpression: `bearerAuth(apiKey, ${what("apiKey")})`,
      };
    case "header":
      return {
        ...apiKey,
        kind: `API key in the \`${security.header}\` header`,
        imports: ["headerAuth", "fromEnv"],
        optionFields: `  /** ${oneLine(security.description ?? "API key.")} ${defaults("apiKey")} */\n  apiKey?: string;`,
        authExpression: `headerAuth(${JSON.stringify(security.header)}, apiKey, ${what("apiKey")})`,
      };
    case "login": {
      const { login } = security;
      const shapes = [...login.logins.map((l) => l.options), [login.tokenOption]].map(
        (options) => `{ ${options.map((o) => `${o}: string`).join("; ")} }`,
      );
      const [first] = login.logins;
      return {
        kind: `\`${security.header}\` token from a login (${login.logins.map((l) => l.options.join(" + ")).join(", or ")}), or a token you already have`,
        imports: ["loginAuth", "type LoginDescription"],
        optionFields: `  /**
   * How to authenticate: log in (the client logs in on first use, caches the token and logs in again once when it
   * is refused), or pass a token you already have as \`${login.tokenOption}\`. Default, in Node.js: the first of
   * ${[...login.logins.map((l) => l.options), [login.tokenOption]].map((options) => options.map((o) => `\`${envName(info.env, o)}\``).join(" + ")).join(", ")}
   * whose environment variables are all set.
   */
  credentials?: ${shapes.join(" | ")};`,
        destructure: ["credentials"],
        setup: "",
        authExpression: `loginAuth(login, credentials, { baseUrl, fetch: rest.fetch, what: ${JSON.stringify(`${info.factory}: credentials`)}, env: ${JSON.stringify(info.env)} })`,
        environment: [...login.logins.map((l) => l.options), [login.tokenOption]]
          .map((options) => options.map((o) => `\`${envName(info.env, o)}\``).join(" + "))
          .join(", or "),
        exampleOptions: `baseUrl: ${env("baseUrl")}, credentials: { ${(first?.options ?? []).map((o) => `${o}: ${env(o)}`).join(", ")} }`,
        declarations: `/** How the client logs in: the spec's \`x-login\`. */
const login: LoginDescription = ${literal(login)};
`,
      };
    }
    case "oauth2": {
      const password = security.grant === "password";
      // A token operation on a server of its own is asked there only with the spec's own base URL; with any other
      // (a mock, a proxy) the token request goes to that base URL too, like every other call.
      const derived = security.tokenPath && servers.baseUrl ? security.tokenPath : undefined;
      const tokenUrl = security.relativeTokenUrl
        ? `tokenUrl ?? \`\${baseUrl}${security.relativeTokenUrl}\``
        : derived
          ? `tokenUrl ?? (onServer(baseUrl, defaultBaseUrl) ? ${JSON.stringify(security.tokenUrl)} : \`\${baseUrl}${derived}\`)`
          : `tokenUrl ?? ${JSON.stringify(security.tokenUrl)}`;
      const tokenDefault = security.relativeTokenUrl
        ? `\`<baseUrl>${security.relativeTokenUrl}\``
        : derived
          ? `\`${security.tokenUrl}\` with the default \`baseUrl\`, \`<baseUrl>${derived}\` with any other (a mock, a proxy)`
          : `\`${security.tokenUrl}\``;
      const { audience } = security;
      const fields = [
        `  /** OAuth 2 client id. ${defaults("clientId")} */\n  clientId?: string;`,
        `  /** OAuth 2 client secret. Sent only to the token endpoint; never logged or put in errors. ${defaults("clientSecret")} */\n  clientSecret?: string;`,
        `  /** Token endpoint. Default: the \`${envName(info.env, "tokenUrl")}\` environment variable (Node.js), else ${tokenDefault}. */\n  tokenUrl?: string;`,
        ...(password
          ? [
              `  /** Resource-owner username for the password grant. ${defaults("username")} */\n  username?: string;`,
              `  /** Resource-owner password for the password grant. ${defaults("password")} */\n  password?: string;`,
            ]
          : audience
            ? [`  /** ${audience.description}${audience.default ? ` Default: \`${audience.default}\`.` : ""} */\n  audience?: string;`]
            : []),
      ];
      const names = password ? ["clientId", "clientSecret", "username", "password"] : ["clientId", "clientSecret"];
      const audienceArg =
        !password && audience ? `, audience: audience${audience.default ? ` ?? ${JSON.stringify(audience.default)}` : ""}` : "";
      const provider = password ? "oauth2Password" : "oauth2ClientCredentials";
      return {
        kind: password
          ? "OAuth 2 password grant (token cached, refreshed with the refresh token)"
          : "OAuth 2 client credentials (token cached until shortly before expiry)",
        imports: [provider, "requireString", "fromEnv", ...(derived ? ["onServer"] : [])],
        optionFields: fields.join("\n"),
        destructure: [...names, "tokenUrl"].map(fromEnv).concat(!password && audience ? ["audience"] : []),
        setup: names.map((n) => `requireString(${n}, ${what(n)});`).join("\n  "),
        authExpression: `${provider}({ tokenUrl: ${tokenUrl}, ${names.join(", ")}${audienceArg}, encoding: "${security.encoding}", fetch: rest.fetch })`,
        exampleOptions: names.map((n) => `${n}: ${env(n)}`).join(", "),
        environment: names.map((n) => `\`${envName(info.env, n)}\``).join(", "),
      };
    }
  }
}

/**
 * The options object of the examples: credentials from environment variables, and a baseUrl where required.
 * @param {import("../model.js").Model} model
 */
export function exampleOptions(model) {
  const auth = authCode(model);
  const needsBaseUrl = !model.servers.baseUrl && !auth?.exampleOptions.startsWith("baseUrl");
  const fields = [needsBaseUrl ? `baseUrl: process.env.${envName(model.info.env, "baseUrl")}!` : "", auth?.exampleOptions ?? ""];
  return `{ ${fields.filter(Boolean).join(", ")} }`;
}

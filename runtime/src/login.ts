import { type AuthProvider, headerAuth, requireString } from "./auth.js";
import { envName, fromEnv } from "./env.js";
import { ApiAuthError, requestToken, sha1Hex, tokenAuth } from "./token.js";
import type { Fetch } from "./transport.js";

/**
 * A value in a login request body: a template, in which `{field}` stands for a credentials field and
 * `{field|lowercase}` for it in lower case (text outside braces is sent as it is), or the lowercase hex SHA-1 of one.
 */
export type LoginValue = string | { readonly sha1: string };

/** One way to log in: an operation of the API and how its body is made from the caller's credentials. */
export interface LoginRequest {
  readonly method: "PUT" | "POST";
  /** The operation's path, below the client's baseUrl. */
  readonly path: string;
  /** The credentials fields this login takes; the first login whose fields the caller passes any of is used. */
  readonly options: readonly string[];
  readonly body: Readonly<Record<string, LoginValue>>;
  /** The property the body is wrapped in (the API's envelope), if any. */
  readonly envelope?: string;
}

/** An API-key header whose token the client can also get by logging in: the spec's `x-login`. */
export interface LoginDescription {
  /** The header that carries the token. */
  readonly header: string;
  /** The property of the login answer that holds the token. */
  readonly tokenProperty: string;
  /** The credentials field for a token the caller already has. */
  readonly tokenOption: string;
  readonly logins: readonly LoginRequest[];
}

export interface LoginContext {
  baseUrl: string;
  fetch?: Fetch;
  /** Names the option in errors, e.g. "createExampleClient: credentials". */
  what: string;
  /** Without credentials, each credential option is read from `<env>_<OPTION>` (see `envName`), in Node.js. */
  env?: string;
}

/** The first set of credentials whose variables are all set (`EXAMPLE_API_KEY`, say), or undefined. */
function fromEnvironment(shapes: readonly (readonly string[])[], prefix: string): Record<string, string> | undefined {
  for (const options of shapes) {
    const values = options.map((option) => fromEnv(envName(prefix, option)));
    if (values.every((value) => value !== undefined)) return Object.fromEntries(options.map((option, i) => [option, values[i]!]));
  }
  return undefined;
}

/**
 * The token header, from a token the caller has or from a login with their credentials. The login happens on
 * first use; the token is cached and the login repeated once when a call is refused (see `tokenAuth`).
 */
export function loginAuth(description: LoginDescription, credentials: unknown, context: LoginContext): AuthProvider {
  const { header, tokenOption, tokenProperty, logins } = description;
  const shapes = [...logins.map((l) => l.options), [tokenOption]];
  // Object() makes null and primitives an object without the fields, so they get the error below.
  const given = Object(credentials === undefined && context.env ? fromEnvironment(shapes, context.env) : credentials) as Record<
    string,
    unknown
  >;
  if (tokenOption in given) return headerAuth(header, given[tokenOption] as string, `${context.what}.${tokenOption}`);
  const login = logins.find((candidate) => candidate.options.some((option) => option in given));
  if (!login) {
    const env = context.env;
    throw new TypeError(
      `${context.what} must be ${shapes.map((options) => `{ ${options.join(", ")} }`).join(" or ")}${
        env && credentials === undefined
          ? `, or come from the environment: ${shapes.map((options) => options.map((o) => envName(env, o)).join(" + ")).join(", or ")}`
          : ""
      }`,
    );
  }
  for (const option of login.options) requireString(given[option], `${context.what}.${option}`);
  const fill = (template: string) =>
    template.replace(/\{(\w+)(\|lowercase)?\}/g, (_, name: string, lower?: string) =>
      lower ? (given[name] as string).toLowerCase() : (given[name] as string),
    );
  return tokenAuth({
    apply: (headers, token) => headers.set(header, token),
    async obtain(signal) {
      const body: Record<string, string> = {};
      for (const [field, value] of Object.entries(login.body))
        body[field] = typeof value === "string" ? fill(value) : await sha1Hex(fill(value.sha1));
      const answer = await requestToken({
        url: context.baseUrl + login.path,
        method: login.method,
        body: login.envelope ? { [login.envelope]: body } : body,
        encoding: "json",
        fetch: context.fetch,
        signal,
      });
      const token = answer[tokenProperty];
      if (typeof token !== "string" || token === "")
        throw new ApiAuthError(`the login answer has no ${tokenProperty}`, { body: Object.keys(answer) });
      return { value: token };
    },
  });
}

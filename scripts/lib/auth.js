// How a spec's security scheme becomes client options. The generator stays generic: it reads the
// scheme from the bundled spec and picks the matching entry here; an unknown scheme is a clear error.

/**
 * @param {string} name      the security scheme's name in the spec
 * @param {any} scheme       the security scheme object
 * @param {string} factory   the factory function name, for error messages
 */
export function authFor(name, scheme, factory) {
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") {
    return {
      kind: "bearer API key",
      imports: ["bearerAuth"],
      optionFields: `  /** ${oneLine(scheme.description ?? "API key, sent as Authorization: Bearer <apiKey>.")} */\n  apiKey: string;`,
      destructure: "apiKey",
      authExpression: `bearerAuth(apiKey, "${factory}: apiKey")`,
      exampleOptions: `apiKey: process.env.API_KEY!`,
    };
  }
  throw new Error(
    `security scheme "${name}" (type ${scheme.type}${scheme.scheme ? `, scheme ${scheme.scheme}` : ""}) has no client mapping yet: add one to scripts/lib/auth.js`,
  );
}

export function oneLine(text) {
  return String(text).replace(/\s+/g, " ").trim();
}

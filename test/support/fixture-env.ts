// The environment variables a generated client reads in place of its fixture's options (`<API>_<OPTION>`, the
// names the package READMEs give), from the values the fixture passes as options. Headers have no variable.
import { envName } from "../../scripts/generator/code.js";
import type { ApiFixture } from "./fixture.js";

export function fixtureEnv(fixture: Pick<ApiFixture<unknown>, "name" | "options">, baseUrl: string): Record<string, string> {
  const { headers: _headers, ...options } = fixture.options(baseUrl) as Record<string, unknown>;
  const prefix = fixture.name.toUpperCase();
  const env: Record<string, string> = {};
  for (const [option, value] of Object.entries(options)) {
    // A credentials object (a login's fields) names each field's variable.
    const fields = typeof value === "string" ? { [option]: value } : (value as Record<string, string>);
    for (const [field, inner] of Object.entries(fields)) env[envName(prefix, field)] = inner;
  }
  return env;
}

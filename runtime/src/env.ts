/**
 * An environment variable where the runtime has a process environment (Node.js, and Deno or Bun through their
 * Node compatibility); undefined in browsers and for an empty value.
 */
export function fromEnv(name: string): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
}

/** The variable a client option defaults to: `envName("EXAMPLE", "clientId")` is `EXAMPLE_CLIENT_ID`. */
export const envName = (prefix: string, option: string): string => `${prefix}_${option.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

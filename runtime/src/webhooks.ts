// Receiving webhooks: a delivery is parsed, checked by a validator compiled from the spec's payload schema and
// returned typed. The generator compiles each validator ahead of time (Ajv's standalone code), so nothing here
// compiles code at run time: receivers work where eval and new Function are forbidden (strict CSP, Workers,
// `node --disallow-code-generation-from-strings`), and installing a client pulls in no validator library.
import { ApiError, type ApiErrorDetails } from "./errors.js";

/** One thing wrong with a delivery: where (a JSON Pointer, "" for the payload as a whole) and what. */
export interface WebhookProblem {
  field: string;
  message: string;
}

/** A webhook delivery that is too large, not valid JSON, or does not match the spec's payload schema. */
export class WebhookPayloadError extends ApiError {
  override name = "WebhookPayloadError";
  /** The webhook's name in the spec. */
  readonly webhook: string;
  /** JSON Pointer of the first offending field ("" for the payload as a whole). */
  readonly field: string;
  /** The first problems found (at most 20), as field + message. */
  readonly problems: WebhookProblem[];
  /** How many problems there were in all. */
  readonly problemCount: number;

  constructor(message: string, details: ApiErrorDetails & { webhook: string; problems: WebhookProblem[]; problemCount?: number }) {
    super(message, details);
    this.webhook = details.webhook;
    this.field = details.problems[0]?.field ?? "";
    this.problems = details.problems;
    this.problemCount = details.problemCount ?? details.problems.length;
  }
}

/** Deliveries larger than this are refused before they are parsed: a notification is a few hundred bytes. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** A payload with thousands of errors is reported by its first ones; the count says how many there were. */
const MAX_PROBLEMS = 20;
/** Keys that change an object's prototype when a receiver merges the payload into another object. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Parses and validates one webhook's deliveries: the raw body (string or bytes) or the already-parsed JSON. */
export type WebhookParser<T> = (payload: unknown) => T;

/** One error as a compiled validator reports it (the shape of Ajv's `ErrorObject`). */
export interface ValidationError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A payload schema compiled ahead of time: true when the value matches, otherwise false with `errors` set. */
export interface WebhookValidator {
  (value: unknown): boolean;
  errors?: ValidationError[] | null;
}

/**
 * A parser for the webhook `name` whose payload must pass `validate`, compiled from its schema. It returns the
 * payload typed, or throws WebhookPayloadError naming the offending fields.
 */
export function webhookParser<T>(name: string, validate: WebhookValidator, maxBytes: number = MAX_PAYLOAD_BYTES): WebhookParser<T> {
  return (payload) => {
    const fail = (problems: WebhookProblem[], count = problems.length, cause?: unknown): never => {
      throw payloadError(name, problems.slice(0, MAX_PROBLEMS), count, cause);
    };
    let value = payload;
    if (typeof payload === "string" || payload instanceof Uint8Array) {
      if (tooLarge(payload, maxBytes)) fail([{ field: "", message: `is larger than ${maxBytes} bytes` }]);
      const text = typeof payload === "string" ? payload : new TextDecoder().decode(payload);
      try {
        value = JSON.parse(text);
      } catch (error) {
        fail([{ field: "", message: `is not valid JSON (${(error as Error).message})` }], 1, error);
      }
    } else if (tooLarge(serialize(payload, fail), maxBytes)) {
      fail([{ field: "", message: `is larger than ${maxBytes} bytes` }]);
    }
    const key = prototypeKey(value);
    if (key !== undefined) fail([{ field: key, message: "is not allowed (a key that can change an object's prototype)" }]);
    if (!validate(value)) fail((validate.errors ?? []).slice(0, MAX_PROBLEMS).map(describe), validate.errors?.length);
    return value as T;
  };
}

function payloadError(webhook: string, problems: WebhookProblem[], count: number, cause: unknown): WebhookPayloadError {
  const first = problems[0] ?? { field: "", message: "is invalid" };
  const more = count > 1 ? ` (and ${count - 1} more problem${count > 2 ? "s" : ""})` : "";
  return new WebhookPayloadError(`invalid ${webhook} payload: ${first.field || "the body"} ${first.message}${more}`, {
    webhook,
    problems,
    problemCount: count,
    cause,
  });
}

function serialize(value: unknown, fail: (problems: WebhookProblem[]) => never): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch (error) {
    return fail([{ field: "", message: `is not JSON data (${(error as Error).message})` }]);
  }
}

/** Over `maxBytes` in UTF-8; a string short enough in UTF-16 units is not encoded just to be measured. */
function tooLarge(payload: string | Uint8Array, maxBytes: number): boolean {
  if (payload instanceof Uint8Array) return payload.byteLength > maxBytes;
  return payload.length * 3 > maxBytes && new TextEncoder().encode(payload).byteLength > maxBytes;
}

/** The JSON Pointer of the first own `__proto__`, `constructor` or `prototype` key, if there is one. */
function prototypeKey(value: unknown): string | undefined {
  // A loop, not recursion: a deeply nested payload must not overflow the stack.
  const pending: [unknown, string][] = [[value, ""]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, pointer] = next;
    if (typeof node !== "object" || node === null) continue;
    for (const key of Object.keys(node)) {
      const field = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (PROTOTYPE_KEYS.has(key)) return field;
      pending.push([(node as Record<string, unknown>)[key], field]);
    }
  }
  return undefined;
}

function describe(error: ValidationError): WebhookProblem {
  const missing = error.keyword === "required" ? (error.params as { missingProperty: string }).missingProperty : undefined;
  const extra = error.keyword === "additionalProperties" ? (error.params as { additionalProperty: string }).additionalProperty : undefined;
  if (missing) return { field: `${error.instancePath}/${missing}`, message: "is required" };
  if (extra) return { field: `${error.instancePath}/${extra}`, message: "is not allowed" };
  const allowed =
    error.keyword === "enum" ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.slice(0, 5).join(", ")}…` : "";
  return { field: error.instancePath, message: `${error.message ?? "is invalid"}${allowed}` };
}

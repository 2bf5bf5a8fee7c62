import { describeUrl } from "./errors.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** What the client reports of one attempt: never a credential, a query string or a body. */
export interface AttemptLog {
  method: string;
  /** Origin and path only. */
  url: string;
  /** The answer's status; absent when the attempt got no answer. */
  status?: number;
  /** 1 for the first attempt of a call. */
  attempt: number;
  durationMs: number;
  /** When the call will be sent again: after this many milliseconds. */
  retryInMs?: number;
}

/** Any object with console-like methods, e.g. `console`, or a pino or winston logger. */
export type Logger = Partial<Record<Exclude<LogLevel, "off">, (message: string, details: AttemptLog) => void>>;

const RANK = { debug: 0, info: 1, warn: 2, error: 3, off: 4 } as const;
export type Log = (level: "info" | "warn", attempt: AttemptLog) => void;

/**
 * The client's log of attempts, or undefined when it logs nothing. `logLevel` alone logs to the console; a
 * `logger` alone logs from "info" on.
 */
export function attemptLog(logger: Logger | undefined, logLevel: LogLevel | undefined): Log | undefined {
  if (logLevel !== undefined && !(logLevel in RANK)) throw new TypeError(`logLevel must be one of ${Object.keys(RANK).join(", ")}`);
  const sink = logger ?? (logLevel ? (console as Logger) : undefined);
  const least = RANK[logLevel ?? "info"];
  if (!sink || least === RANK.off) return undefined;
  return (level, attempt) => {
    if (RANK[level] < least) return;
    const { method, url, status, durationMs, retryInMs } = attempt;
    const outcome = status === undefined ? "got no answer" : `answered ${status}`;
    const retry = retryInMs === undefined ? "" : `; retrying in ${retryInMs} ms`;
    sink[level]?.(`${method} ${url} ${outcome} (attempt ${attempt.attempt}, ${durationMs} ms)${retry}`, attempt);
  };
}

/** The facts of an attempt that started at `started` (performance.now()). */
export const attemptOf = (request: Request | undefined, method: string, path: string, attempt: number, started: number): AttemptLog => ({
  method,
  url: request ? describeUrl(request.url) : path,
  attempt,
  durationMs: Math.round(performance.now() - started),
});

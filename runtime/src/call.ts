import { MAX_TIMER_MS } from "./retry.js";
import { onAbort } from "./transport.js";

/**
 * One call in flight: its per-attempt time limit, and what its current attempt did (noted by the transport
 * for the retry loop).
 *
 * Each attempt hands fetch a signal that fires after `timeoutMs`, so a stalled request is really aborted. A new
 * AbortSignal costs more than the rest of a call's bookkeeping (README, Performance), so attempts with the same
 * limit that start within 1 % of it (at most 100 ms) share one, due when the last of them is: an attempt times out
 * between `timeoutMs` and `timeoutMs` + 1 % after it started. At most 100 attempts share a signal, to stay under
 * Node's abort-listener warning. A call the caller can abort, or whose body is read after it returns (a stream),
 * gets a signal of its own, stopped when the call is done.
 */

// The signal attempts with a given limit currently share: until when attempts may join it, and how many have.
const open = new Map<number, { signal: AbortSignal; until: number; joined: number }>();

function sharedDeadline(timeoutMs: number): AbortSignal {
  const now = performance.now();
  let deadline = open.get(timeoutMs);
  if (!deadline || deadline.joined === 100 || now > deadline.until) {
    // Bounded, should callers pass a different limit with every call.
    if (open.size > 15) open.clear();
    // Fires 1 % (at most 100 ms) late, in whole milliseconds and within what a timer can hold; attempts may join
    // for as long as that still gives them their full limit.
    const fireIn = Math.ceil(Math.min(timeoutMs * 1.01, timeoutMs + 100, MAX_TIMER_MS));
    // AbortSignal.timeout's timer does not keep Node running, and goes away with the signal once no fetch holds it.
    open.set(timeoutMs, (deadline = { signal: AbortSignal.timeout(fireIn), until: now + fireIn - timeoutMs, joined: 0 }));
  }
  deadline.joined++;
  return deadline.signal;
}

// Fields are `declare`d and set by the constructor (or the transport), as the runtime's own build treats them
// (useDefineForClassFields: false): a bundle made from the sources would otherwise define each field twice.
export class Call {
  declare readonly timeoutMs: number;
  declare readonly callerSignal: AbortSignal | undefined;
  /** The operation is declared with `security: []`. */
  declare readonly anonymous: boolean;
  /** The spec marks the operation `x-idempotent: false`: sending it twice is not safe. */
  declare readonly noReplay: boolean;
  /** The body is read after the call returns (a stream): the signal must not fire after `stop()`. */
  declare readonly detached: boolean;
  /** The largest body read into memory. */
  declare readonly maxBytes: number;
  /** The current attempt's signal. */
  declare signal: AbortSignal;
  /** What the auth provider returned for the attempt, handed back to `refresh` on a 401. */
  declare credential?: unknown;
  /** The attempt, and its fetch once started: a failure can tell afterwards how far the attempt got. */
  declare request?: Request;
  declare sent?: Promise<Response>;
  /** Where a followed redirect points: the next attempts go there. */
  declare location?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #unlink?: () => void;

  constructor(
    timeoutMs: number,
    callerSignal: AbortSignal | undefined,
    anonymous: boolean,
    noReplay: boolean,
    detached: boolean,
    maxBytes: number,
  ) {
    this.timeoutMs = timeoutMs;
    this.callerSignal = callerSignal;
    this.anonymous = anonymous;
    this.noReplay = noReplay;
    this.detached = detached;
    this.maxBytes = maxBytes;
    this.restart();
  }

  /** Starts the clock for another attempt. */
  restart(): void {
    this.stop();
    this.sent = undefined;
    const { timeoutMs, callerSignal } = this;
    if (!callerSignal && !this.detached) {
      this.signal = sharedDeadline(timeoutMs);
      return;
    }
    const own = new AbortController();
    this.signal = own.signal;
    this.#timer = setTimeout(() => own.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
    if (!callerSignal) return;
    if (callerSignal.aborted) {
      own.abort(callerSignal.reason);
      return;
    }
    this.#unlink = onAbort(callerSignal, () => own.abort(callerSignal.reason));
  }

  /** Stops the clock: while waiting to retry, and when the call is done. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#unlink?.();
  }
}

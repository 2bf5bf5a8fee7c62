// Starts one mock per spec for a test run (Prism behind the mock's front door, as `npm run mock` serves it), all
// or none: when any mock (or other start-up work) fails, the mocks that did start are stopped before the failure
// is reported, so none outlives the run. Each URL is the API's base URL on its mock (e.g. Kazoo's ends in /v2).
import { freePort, startMock } from "../../scripts/lib/prism.js";

export interface MockSpec {
  name: string;
  spec: string;
}

export interface RunningMocks {
  urls: Record<string, string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** How long each mock may take to answer its first request. */
  readyTimeoutMs: number;
  /** Other start-up work whose failure fails the start as well. */
  alongside?: Promise<unknown>[];
  /** Chooses each mock's port. */
  port?: () => Promise<number>;
}

export async function startMocks(
  specs: MockSpec[],
  { readyTimeoutMs, alongside = [], port = freePort }: StartOptions,
): Promise<RunningMocks> {
  const starting = specs.map(async ({ name, spec }) => ({ name, ...(await startMock({ spec, port: await port(), readyTimeoutMs })) }));
  const [started, others] = await Promise.all([Promise.allSettled(starting), Promise.allSettled(alongside)]);
  const mocks = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const stop = async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
  };
  const failures = [...started, ...others].flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason as unknown] : []));
  if (failures.length) {
    await stop();
    if (failures.length === 1) throw failures[0];
    throw new AggregateError(
      failures,
      failures.map((failure) => (failure instanceof Error ? failure.message : String(failure))).join("\n"),
    );
  }
  return { urls: Object.fromEntries(mocks.map(({ name, url }) => [name, url])), stop };
}

// The test run's mocks start all or none (test/support/mocks.ts, used by test/global-setup.ts): a mock that
// fails to start, or failing work beside it, stops the mocks that did start instead of leaving them running.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../scripts/lib/apis.js";
import { freePort } from "../scripts/lib/prism.js";
import { startMocks } from "./support/mocks.js";

const READY_TIMEOUT_MS = 180_000;

async function answers(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) }).then(
    () => true,
    () => false,
  );
}

describe("startMocks", () => {
  it(
    "stops the mocks that started when another fails, and reports every failure",
    async () => {
      const ports: number[] = [];
      const port = async () => {
        const chosen = await freePort();
        ports.push(chosen);
        return chosen;
      };
      const specs = [
        { name: "voxbone", spec: join(root, "generated/voxbone/openapi.json") },
        { name: "missing", spec: join(root, "generated/no-such-api/openapi.json") },
      ];
      const outcome = startMocks(specs, {
        readyTimeoutMs: READY_TIMEOUT_MS,
        port,
        alongside: [Promise.reject(new Error("docs build failed"))],
      });
      const error = await outcome.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(AggregateError);
      // Exactly these two: the voxbone mock started, so its silence below means it was stopped.
      expect((error as AggregateError).errors).toHaveLength(2);
      expect((error as Error).message).toContain("docs build failed");
      expect((error as Error).message).toContain(`No bundled spec at ${specs[1]!.spec}`);
      expect(ports).toHaveLength(2);
      expect(await Promise.all(ports.map(answers))).toEqual([false, false]);
    },
    READY_TIMEOUT_MS + 30_000,
  );

  it(
    "gives the URL of each mock, which answers until stopped",
    async () => {
      const mocks = await startMocks([{ name: "voxbone", spec: join(root, "generated/voxbone/openapi.json") }], {
        readyTimeoutMs: READY_TIMEOUT_MS,
      });
      const port = Number(new URL(mocks.urls.voxbone!).port);
      try {
        expect(Object.keys(mocks.urls)).toEqual(["voxbone"]);
        expect(await answers(port)).toBe(true);
      } finally {
        await mocks.stop();
      }
      expect(await answers(port)).toBe(false);
    },
    READY_TIMEOUT_MS + 30_000,
  );
});

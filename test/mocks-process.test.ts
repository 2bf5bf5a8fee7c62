// `npm start` and `npm run mock` as a terminal runs them: SIGINT and SIGTERM to the npm process stop everything it
// started (no process left, every port free), and a port that is already taken fails the start at once, naming it.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { listApis, root } from "../scripts/lib/apis.js";

const START_TIMEOUT_MS = 240_000;
const apiCount = listApis().length;

/** The processes below `pid` that are alive (a zombie has ended; only its exit status is left). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state !== "Z") parents.set(Number(entry), Number(ppid));
    } catch {
      // gone while listing
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

function listenOn(port: number): Promise<Server | undefined> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once("error", () => resolvePromise(undefined));
    server.listen(port, "127.0.0.1", () => resolvePromise(server));
  });
}

async function portFree(port: number): Promise<boolean> {
  const server = await listenOn(port);
  if (!server) return false;
  await new Promise((r) => server.close(r));
  return true;
}

/** A first port with `count` free ports from it. */
async function freeRange(count: number): Promise<number> {
  for (;;) {
    const first = 20_000 + Math.floor(Math.random() * 30_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => portFree(first + i)));
    if (free.every(Boolean)) return first;
  }
}

function run(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<{ code: number | null; ms: number }> } {
  const started = Date.now();
  const child = spawn("npm", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; ms: number }>((resolvePromise) =>
    child.once("exit", (code) => resolvePromise({ code, ms: Date.now() - started })),
  );
  return { child, output: () => output, exit };
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("npm start", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "stops every process it started on %s, and frees every port",
    async (signal) => {
      const docsPort = await freeRange(1);
      const mockPort = await freeRange(apiCount);
      // --no-build: the suite's other tests read generated/ and site/ while this one runs.
      const npm = run(["start", "--", "--no-build", "--docs-port", String(docsPort), "--mock-port", String(mockPort)]);
      try {
        await until(() => npm.output().includes("Press Ctrl-C to stop") || npm.child.exitCode !== null, START_TIMEOUT_MS, "npm start");
        expect(npm.output()).toContain(`http://127.0.0.1:${docsPort}/`);
        const ports = [docsPort, ...Array.from({ length: apiCount }, (_, i) => mockPort + i)];
        expect(await Promise.all(ports.map(portFree))).toEqual(ports.map(() => false));
        // The docs' try-it console is told where these mocks are, not the default ports the build wrote.
        const served = (await (await fetch(`http://127.0.0.1:${docsPort}/mocks.json`)).json()) as Record<string, string>;
        expect(Object.values(served).map((url) => new URL(url).port)).toEqual(
          Array.from({ length: apiCount }, (_, i) => String(mockPort + i)),
        );
        expect(served.kazoo).toMatch(/\/v2$/);
        const started = descendants(npm.child.pid!);
        // node scripts/start.js (exec'd by npm's shell) and one mock process per API.
        expect(started.length).toBeGreaterThanOrEqual(1 + apiCount);
        npm.child.kill(signal);
        const { code } = await npm.exit;
        expect(code).toBe(0);
        await until(() => !started.some(alive), 15_000, `the children of npm start to end (left: ${started.filter(alive).join(", ")})`);
        expect(await Promise.all(ports.map(portFree))).toEqual(ports.map(() => true));
      } finally {
        if (npm.child.exitCode === null) npm.child.kill("SIGKILL");
      }
    },
    START_TIMEOUT_MS + 60_000,
  );

  it.each([
    ["the docs port", "--docs-port"],
    ["a mock port", "--mock-port"],
  ])(
    "exits non-zero at once when %s is taken, naming the port and the option that changes it",
    async (_, option) => {
      const docsPort = await freeRange(1);
      const mockPort = await freeRange(apiCount);
      const busy = option === "--docs-port" ? docsPort : mockPort + 2;
      const holder = await listenOn(busy);
      try {
        const npm = run(["start", "--", "--docs-port", String(docsPort), "--mock-port", String(mockPort)]);
        const timer = setTimeout(() => npm.child.kill("SIGTERM"), 10_000);
        const { code } = await npm.exit;
        clearTimeout(timer);
        expect(code, npm.output()).not.toBe(0);
        expect(npm.output()).toContain(`port ${busy}`);
        expect(npm.output()).toContain(option);
        expect(npm.output()).not.toContain("Options:");
      } finally {
        await new Promise((r) => holder?.close(r));
      }
    },
    30_000,
  );
});

describe("npm run mock", () => {
  it("exits non-zero at once when its port is taken, naming the port and --mock-port", async () => {
    const port = await freeRange(1);
    const holder = await listenOn(port);
    try {
      const npm = run(["run", "mock", "--", "voxbone", "--mock-port", String(port - listApis().findIndex((a) => a.name === "voxbone"))]);
      const timer = setTimeout(() => npm.child.kill("SIGTERM"), 10_000);
      const { code } = await npm.exit;
      clearTimeout(timer);
      expect(code, npm.output()).not.toBe(0);
      expect(npm.output()).toContain(`port ${port}`);
      expect(npm.output()).toContain("--mock-port");
    } finally {
      await new Promise((r) => holder?.close(r));
    }
  }, 30_000);

  it(
    "passes options after the API names to Prism",
    async () => {
      const port = await freeRange(apiCount);
      const npm = run(["run", "mock", "--", "dubformer", "--mock-port", String(port), "--dynamic"]);
      try {
        await until(() => npm.output().includes("Press Ctrl-C to stop") || npm.child.exitCode !== null, START_TIMEOUT_MS, "npm run mock");
        const url = `http://127.0.0.1:${port + listApis().findIndex((a) => a.name === "dubformer")}/api/v1/projects/12345`;
        // --dynamic: Prism makes each answer up from the schema instead of serving the documented example.
        const bodies = await Promise.all([1, 2].map(async () => (await fetch(url, { headers: { Authorization: "Bearer k" } })).text()));
        expect(bodies[0]).not.toEqual(bodies[1]);
        npm.child.kill("SIGINT");
        expect((await npm.exit).code).toBe(0);
      } finally {
        if (npm.child.exitCode === null) npm.child.kill("SIGKILL");
      }
    },
    START_TIMEOUT_MS + 30_000,
  );
});

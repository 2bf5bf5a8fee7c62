// Browser entry for test/browser-runtime.test.ts: bundled by esbuild for the browser and loaded into Chromium,
// where window.runClients makes each API's fixture read and write (test/<api>/fixture.ts, every fixture bundled
// through the import pattern below) against its Prism mock, cross-origin, plus the two browser features only one
// API has: Kazoo's user login, hashed with Web Crypto SHA-1, and Dotsub's multipart Blob upload.
import { createKazooClient } from "@apispec/kazoo";
import { type ApiFixture, type Result, send } from "../support/fixture.js";
import { KAZOO_ACCOUNT, srt, upload } from "./calls.js";

/** One call's outcome, as plain data for the test: the client's result, or what it threw. */
export type Outcome = { status: number; data: unknown; error: unknown } | { thrown: string };

export interface KazooUser {
  username: string;
  password: string;
  accountName: string;
}

export interface RunInput {
  /** The APIs of redocly.yaml, each with a fixture. */
  names: string[];
  mockUrls: Record<string, string>;
  user: KazooUser;
}

const common = { retry: false, timeoutMs: 5_000 } as const;

async function settle(call: () => Promise<Result>): Promise<Outcome> {
  try {
    const { status, data, error } = await call();
    return { status, data, error };
  } catch (error) {
    return {
      thrown:
        error instanceof Error
          ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (cause: ${error.cause.message})` : ""}`
          : String(error),
    };
  }
}

async function loadFixture(name: string): Promise<ApiFixture> {
  const { fixture } = (await import(`../${name}/fixture.ts`)) as { fixture: ApiFixture };
  return fixture;
}

export async function runClients({ names, mockUrls, user }: RunInput) {
  const fixtures = await Promise.all(names.map(loadFixture));
  const clients = new Map(fixtures.map((fixture) => [fixture.name, fixture.connect(mockUrls[fixture.name]!, common)]));
  const apis = await Promise.all(
    fixtures.map(async (fixture) => {
      // Read and write at once: clients that fetch a token make one token request for both.
      const client = clients.get(fixture.name)!;
      const [read, write] = await Promise.all([settle(() => send(client, fixture.read)), settle(() => send(client, fixture.write))]);
      return [fixture.name, { read, write }] as const;
    }),
  );

  // After the reads and writes, so that Dotsub's client has its token: still one token request per API.
  const dotsub = clients.get("dotsub")!;
  // Logs in with PUT /user_auth on first use: the credentials are hashed with Web Crypto SHA-1.
  const kazooUser = createKazooClient({ ...common, baseUrl: mockUrls.kazoo!, credentials: user });
  const [subtitleUpload, kazooLogin] = await Promise.all([
    settle(() => send(dotsub, upload, { body: { subtitleFile: new Blob([srt], { type: "application/x-subrip" }) } })),
    settle(() => kazooUser.GET("/accounts/{account_id}", { params: { path: { account_id: KAZOO_ACCOUNT } } })),
  ]);

  return {
    apis: Object.fromEntries(apis),
    features: { subtitleUpload, kazooLogin },
    environment: { isSecureContext: window.isSecureContext, userAgent: navigator.userAgent },
  };
}

export type RunResult = Awaited<ReturnType<typeof runClients>>;

declare global {
  interface Window {
    runClients: typeof runClients;
  }
}

window.runClients = runClients;

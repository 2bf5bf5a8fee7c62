// Browser entry for test/browser-runtime.test.ts: bundled by esbuild for the browser and loaded into Chromium,
// where window.runClients makes calls through every generated client against the Prism mocks (cross-origin).
import { createDotsubClient } from "@apispec/dotsub";
import { createDubberClient } from "@apispec/dubber";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { createVoxboneClient } from "@apispec/voxbone";

export type MockUrls = Record<"dotsub" | "dubber" | "dubformer" | "kazoo" | "voxbone", string>;

/** One call's outcome, as plain data for the test: the client's result, or what it threw. */
export type Outcome<T> = { status: number; data: T | undefined; error: unknown } | { thrown: string };

export interface KazooUser {
  username: string;
  password: string;
  accountName: string;
}

const common = { retry: false, timeoutMs: 5_000 } as const;

async function settle<T>(call: () => Promise<{ status: number; data?: T; error?: unknown }>): Promise<Outcome<T>> {
  try {
    const { status, data, error } = await call();
    return { status, data, error };
  } catch (error) {
    return { thrown: error instanceof Error ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (cause: ${error.cause.message})` : ""}` : String(error) };
  }
}

export async function runClients(urls: MockUrls, user: KazooUser) {
  const dubformer = createDubformerClient({ ...common, baseUrl: urls.dubformer, apiKey: "browser-key" });
  const dubber = createDubberClient({ ...common, baseUrl: urls.dubber, clientId: "key", clientSecret: "secret", username: "auth-id", password: "auth-token" });
  // The default tokenUrl is the vendor's real host; the mock issues tokens too.
  const dotsub = createDotsubClient({ ...common, baseUrl: urls.dotsub, tokenUrl: `${urls.dotsub}/oauth/token`, clientId: "id", clientSecret: "secret" });
  const kazoo = createKazooClient({ ...common, baseUrl: urls.kazoo, credentials: { authToken: "browser-token" } });
  // Logs in with PUT /user_auth on first use: the credentials are hashed with Web Crypto SHA-1.
  const kazooUser = createKazooClient({ ...common, baseUrl: urls.kazoo, credentials: user });
  const voxbone = createVoxboneClient({ ...common, baseUrl: urls.voxbone });

  const account = { params: { path: { account_id: "3d2f7a91bc044e8da6b19f0c2e577a41" } } };
  const srt = "1\n00:00:06,000 --> 00:00:09,000\nThere are billions of galaxies in the observable universe\n";
  const [balance, project, recording, media, upload, kazooAccount, kazooLogin, profiles] = await Promise.all([
    settle(() => dubformer.GET("/api/v1/balance")),
    // Authorization, Idempotency-Key (filled by the client) and Content-Type: application/json: a preflighted request.
    settle(() =>
      dubformer.POST("/api/v1/projects", {
        body: { name: "Browser project", source_lang: "en", target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" },
      }),
    ),
    settle(() => dubber.GET("/recordings/{recording_id}", { params: { path: { recording_id: "1630277230047825923" } } })),
    settle(() => dotsub.GET("/api/media/{mediaId}", { params: { path: { mediaId: "12" } } })),
    settle(() =>
      dotsub.POST("/api/media/{mediaId}/languages/{languageId}/subtitles", {
        params: { path: { mediaId: "12", languageId: "en-US" } },
        body: { subtitleFile: new Blob([srt], { type: "application/x-subrip" }) },
      }),
    ),
    settle(() => kazoo.GET("/accounts/{account_id}", account)),
    settle(() => kazooUser.GET("/accounts/{account_id}", account)),
    settle(() => voxbone.GET("/profiles")),
  ]);

  // Typed reads of the results: these lines only compile if the client types hold (checked by `tsc`).
  const typed = {
    balanceMinutes: "data" in balance ? (balance.data?.balance_minutes satisfies number | undefined) : undefined,
    projectId: "data" in project ? (project.data?.project_id satisfies string | undefined) : undefined,
    recordingDuration: "data" in recording ? (recording.data?.duration satisfies number | undefined) : undefined,
    mediaTitle: "data" in media ? (media.data?.title satisfies string | undefined) : undefined,
    trackId: "data" in upload ? (upload.data?.trackId satisfies string | undefined) : undefined,
    accountName: "data" in kazooAccount ? (kazooAccount.data?.name satisfies string | undefined) : undefined,
    profileIds: "data" in profiles ? profiles.data?.map((p) => p.id satisfies string | undefined) : undefined,
  };
  return {
    calls: { balance, project, recording, media, upload, kazooAccount, kazooLogin, profiles },
    typed,
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

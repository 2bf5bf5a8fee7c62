// Every Dubformer operation through the generated client, against the Prism mock of the same spec.
// Expected values are the vendor's documented examples (shared/sources/dubformer-api.txt).
import { type components, createDubformerClient } from "@apispec/dubformer";
import { describe, expect, expectTypeOf, inject, it } from "vitest";

type Schemas = components["schemas"];
const baseUrl = inject("mockUrls").dubformer!;
const client = createDubformerClient({ apiKey: "test-key", baseUrl, retry: false });
const prefer = (value: string) => ({ headers: { Prefer: value } });

describe("Dubformer operations against the mock", () => {
  it("createProject returns the created project", async () => {
    const { data, error, status } = await client.POST("/api/v1/projects", {
      body: {
        name: "My project",
        source_lang: "en",
        target_lang: "fr-FR",
        source_video_url: "https://example.com/video.mp4",
        use_soundalike_voices: true,
        mixing_mode: "voiceover_with_original_track",
      },
    });
    expect(error).toBeUndefined();
    expect(status).toBe(200);
    expectTypeOf(data!.project_id).toEqualTypeOf<string>();
    expect(data).toMatchObject({ project_id: "12345", cost_minutes: 10, balance_minutes: 90, translations_count: 0 });
  });

  it("listProjects returns project summaries", async () => {
    const { data, status } = await client.GET("/api/v1/projects");
    expect(status).toBe(200);
    expectTypeOf(data!.projects).toEqualTypeOf<Schemas["ProjectSummary"][]>();
    expect(data!.projects.map((p) => [p.project_id, p.status])).toEqual([
      ["12345", "ready"],
      ["67890", "in_progress"],
    ]);
  });

  it("getProject returns a ready project whose outputs are typed after narrowing on status", async () => {
    const { data } = await client.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: "12345" } } });
    expectTypeOf(data!).toEqualTypeOf<Schemas["ProjectDetails"]>();
    expect(data!.status).toBe("ready");
    if (data!.status !== "ready") throw new Error("expected the ready example");
    expectTypeOf(data!).toEqualTypeOf<Schemas["ProjectReady"]>();
    expect(data!.output_video_url).toBe("https://example.com/output_video.mp4");
    expect(data!.output_target_script[0]).toEqual({ start_ms: 100, end_ms: 1544, text: "Bonjour le monde!", speaker_id: 1 });
    expect(data!.output_target_speakers[0]).toEqual({ speaker_id: 1, voice_key: "voice:Rachel", style: "feminine" });
  });

  it("getProject distinguishes in-progress and failed projects", async () => {
    const path = { project_id: "12345" };
    const progress = await client.GET("/api/v1/projects/{project_id}", { params: { path }, ...prefer("example=inProgress") });
    expect(progress.data!.status).toBe("in_progress");
    if (progress.data!.status === "in_progress") expect(progress.data!.estimated_completion_date).toBe("2024-06-05T12:00:00Z");

    const failed = await client.GET("/api/v1/projects/{project_id}", { params: { path }, ...prefer("example=error") });
    expect(failed.data!.status).toBe("error");
    if (failed.data!.status === "error") {
      expectTypeOf(failed.data!).toEqualTypeOf<Schemas["ProjectFailed"]>();
      expect(failed.data!.error_message).toBe("An error occurred during processing.");
    }
  });

  it("deleteProject confirms the deletion", async () => {
    const { data } = await client.DELETE("/api/v1/projects/{project_id}", { params: { path: { project_id: "12345" } } });
    expect(data).toEqual({ success: true });
  });

  const retranslation = {
    target_script: [{ start_ms: 100, end_ms: 1544, text: "Au revoir le monde!", speaker_id: 1 }],
    target_speakers: [{ speaker_id: 1, voice_key: "voice:NewVoice", style: "feminine" as const }],
    mixing_mode: "voiceover_only" as const,
  };

  it("createTranslation returns the re-translated project with its translation count", async () => {
    const { data } = await client.POST("/api/v1/projects/{project_id}/translations", {
      params: { path: { project_id: "12345" } },
      body: retranslation,
    });
    expect(data).toMatchObject({ project_id: "12345", cost_minutes: 0, translations_count: 1 });
  });

  it("validateTranslationRequest reports a valid request, and a 400 ValidationError for an invalid one", async () => {
    const params = { path: { project_id: "12345" } };
    const valid = await client.POST("/api/v1/projects/{project_id}/validate-translation-request", { params, body: retranslation });
    expect(valid.data).toEqual({ valid: true });

    const invalid = await client.POST("/api/v1/projects/{project_id}/validate-translation-request", {
      params,
      body: retranslation,
      ...prefer("code=400"),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.error).toMatchObject({ error: "ValidationError" });
  });

  it("getOptions lists source and target languages", async () => {
    const { data } = await client.GET("/api/v1/options");
    expect(data!.source_langs).toContain("en");
    expect(data!.target_langs).toContain("af-ZA");
  });

  it("listVoices groups voices by target language", async () => {
    const { data } = await client.GET("/api/v1/voices");
    expectTypeOf(data!.voices).toEqualTypeOf<Schemas["VoiceCatalog"]["voices"]>();
    expect(data!.voices["af-ZA"]).toContainEqual({ name: "Adri", voice_key: "53f154:af-ZA-AdriNeural", style: "feminine" });
  });

  it("getBalance returns the remaining minutes", async () => {
    const { data } = await client.GET("/api/v1/balance");
    expect(data).toEqual({ balance_minutes: 90 });
  });
});

describe("Dubformer errors against the mock", () => {
  it.each([
    [401, "UnauthorizedError"],
    [402, "PaymentRequiredError"],
    [400, "ValidationError"],
  ])("createProject answers %i with a typed %s body", async (code, type) => {
    const { error, status, data } = await client.POST("/api/v1/projects", {
      body: { source_lang: "en", target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" },
      ...prefer(`code=${code}`),
    });
    expect(data).toBeUndefined();
    expect(status).toBe(code);
    expect(error).toMatchObject({ error: type, message: expect.any(String) });
  });

  it("getProject answers 404 for an unknown project", async () => {
    const { error, status } = await client.GET("/api/v1/projects/{project_id}", {
      params: { path: { project_id: "nope" } },
      ...prefer("code=404"),
    });
    expect(status).toBe(404);
    expect(error!.message).toEqual(expect.any(String));
  });

  it("a request without an API key is refused with 401", async () => {
    // The generated client always authenticates, so the key is left out with a plain fetch.
    const response = await fetch(`${baseUrl}/api/v1/balance`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "UnauthorizedError" });
  });

  it("the factory refuses a missing API key before any request", () => {
    expect(() => createDubformerClient({ apiKey: "", baseUrl })).toThrow(
      "createDubformerClient: apiKey (or DUBFORMER_API_KEY) is required and must be a non-empty string",
    );
    expect(process.env.DUBFORMER_API_KEY).toBeUndefined();
    expect(() => createDubformerClient({ baseUrl })).toThrow("apiKey (or DUBFORMER_API_KEY) is required");
  });

  it("an invalid body is rejected by the mock with the reason", async () => {
    const { error, status, response } = await client.POST("/api/v1/projects", {
      // @ts-expect-error source_lang is required, so the type checker rejects this body too
      body: { target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({ error: "ValidationError" });
    // Prism answers with the spec's 400 example and names the violation in a header.
    const violations = JSON.parse(response.headers.get("sl-violations") ?? "[]");
    expect(violations).toContainEqual(expect.objectContaining({ message: "Request body must have required property 'source_lang'" }));
  });
});

// How the cross-API suites reach Dubformer (see test/support/fixture.ts).
import { createDubformerClient } from "@apispec/dubformer";
import { defineFixture } from "../support/fixture.js";

const apiKey = "S3CR3T-dubformer-api-key";

export const fixture = defineFixture(createDubformerClient, {
  name: "dubformer",
  options: (baseUrl) => ({ baseUrl, apiKey }),
  credentials: [apiKey],
  read: { method: "GET", path: "/api/v1/projects/{project_id}", init: { params: { path: { project_id: "12345" } } } },
  write: {
    method: "POST",
    path: "/api/v1/projects",
    init: { body: { source_lang: "en", target_lang: "fr-FR", source_video_url: "https://example.com/video.mp4" } },
  },
});

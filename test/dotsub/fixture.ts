// How the cross-API suites reach Dotsub (see test/support/fixture.ts).
import { createDotsubClient } from "@apispec/dotsub";
import { defineFixture } from "../support/fixture.js";

const clientSecret = "S3CR3T-dotsub-client-secret";

export const fixture = defineFixture(createDotsubClient, {
  name: "dotsub",
  // A base URL other than the spec's moves the token endpoint to {baseUrl}/oauth/token, off the vendor's login host.
  options: (baseUrl) => ({ baseUrl, clientId: "client-1", clientSecret }),
  credentials: [clientSecret],
  tokenPath: "/oauth/token",
  read: { method: "GET", path: "/api/media/{mediaId}", init: { params: { path: { mediaId: "12" } } } },
  write: {
    method: "POST",
    path: "/api/media",
    init: { body: { importUrl: "https://example.com/video.mp4", mediaDto: { title: "Video", projectId: "1", fileName: "video.mp4" } } },
  },
});

// The browser features beyond each fixture's read and write, shared by the entry (which makes them) and the test
// (which checks what was sent).
import type { FixtureCall } from "../support/fixture.js";

export const srt = "1\n00:00:06,000 --> 00:00:09,000\nThere are billions of galaxies in the observable universe\n";
export const upload: FixtureCall = {
  method: "POST",
  path: "/api/media/{mediaId}/languages/{languageId}/subtitles",
  init: { params: { path: { mediaId: "12", languageId: "en-US" } } },
};
export const KAZOO_ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";

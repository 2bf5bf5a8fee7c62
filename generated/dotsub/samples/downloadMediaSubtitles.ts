import { createDotsubClient } from "@apispec/dotsub";
import { downloadMediaSubtitles } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Download media subtitles.
// The same call by path: dotsub.GET("/api/media/{mediaId}/languages/{languageId}/subtitles/{subtitleFormat}", init)
const { data, error, status } = await downloadMediaSubtitles(dotsub, {
  params: {
    path: {
      mediaId: "12",
      languageId: "en-US",
      subtitleFormat: "VTT",
    },
  },
  parseAs: "text",
});
if (error) throw new Error(`downloadMediaSubtitles failed with HTTP ${status}`);
console.log(data);

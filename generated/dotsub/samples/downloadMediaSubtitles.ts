import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Download media subtitles
const { data, error, status } = await dotsub.GET("/api/media/{mediaId}/languages/{languageId}/subtitles/{subtitleFormat}", {
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

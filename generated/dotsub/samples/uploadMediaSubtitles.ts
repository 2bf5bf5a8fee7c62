import { createDotsubClient } from "@apispec/dotsub";
import { uploadMediaSubtitles } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Upload media subtitles.
// The same call by path: dotsub.POST("/api/media/{mediaId}/languages/{languageId}/subtitles", init)
const { data, error, status } = await uploadMediaSubtitles(dotsub, {
  params: {
    path: {
      mediaId: "12",
      languageId: "en-US",
    },
  },
  body: {
    subtitleFile: "1\n00:00:06,000 --> 00:00:09,000\nThere are billions of galaxies in the observable universe\n\n2\n00:00:09,000 --> 00:00:12,000\nand each of ther contains hundreds of billion of stars\n\n3\n00:00:12,000 --> 00:00:15,000\nin one of these galaxies...\n",
  },
});
if (error) throw new Error(`uploadMediaSubtitles failed with HTTP ${status}`);
console.log(data);

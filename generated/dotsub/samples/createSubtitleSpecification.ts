import { createDotsubClient } from "@apispec/dotsub";
import { createSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Create a subtitle specification.
// The same call by path: dotsub.POST("/api/subtitleSpecifications", init)
const { data, error, status } = await createSubtitleSpecification(dotsub, {
  body: {
    projectId: "11",
    enabled: true,
    onScreenText: true,
    spokenAudio: false,
    audioDescription: false,
    speakerIdentification: "FULLNAME",
    dialogueStyle: "DOUBLE_CHEVRON",
    comments: "**test comments**",
    maxLinesPerCaption: 2,
    maxCharactersPerLine: 35,
    minCaptionDurationInMillis: 2000,
    maxCaptionDurationInMillis: 10000,
    maxCharactersPerSecondPerCaption: 60,
  },
});
if (error) throw new Error(`createSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

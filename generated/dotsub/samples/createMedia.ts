import { createDotsubClient } from "@apispec/dotsub";
import { createMedia } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Create a media.
// The same call by path: dotsub.POST("/api/media", init)
const { data, error, status } = await createMedia(dotsub, {
  body: {
    s3Upload: true,
    mediaDto: {
      title: "Create Video Title",
      description: "This is the description-new",
      projectId: "1",
      tags: [
        {
          name: "Medical",
        },
      ],
      fileName: "_test_file.mp4",
      language: {
        id: "en-US",
      },
      translationLanguages: [
        {
          id: "it-IT",
        },
        {
          id: "es-ES",
        },
      ],
      reviewLanguages: [
        {
          id: "it-IT",
        },
        {
          id: "es-ES",
        },
      ],
    },
  },
});
if (error) throw new Error(`createMedia failed with HTTP ${status}`);
console.log(data);

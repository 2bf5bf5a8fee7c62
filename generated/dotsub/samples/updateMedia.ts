import { createDotsubClient } from "@apispec/dotsub";
import { updateMedia } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Update a media.
// The same call by path: dotsub.PATCH("/api/media/{mediaId}", init)
const { data, error, status } = await updateMedia(dotsub, {
  params: {
    path: {
      mediaId: "12",
    },
  },
  body: {
    title: "Video Title 11-new",
    description: "This is the description-new",
    tags: [
      {
        name: "Medical",
      },
    ],
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
});
if (error) throw new Error(`updateMedia failed with HTTP ${status}`);
console.log(data);

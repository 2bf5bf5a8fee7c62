import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Update a media
const { data, error, status } = await dotsub.PATCH("/api/media/{mediaId}", {
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

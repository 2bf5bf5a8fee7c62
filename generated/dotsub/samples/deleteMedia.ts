import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Delete a media
const { data, error, status } = await dotsub.DELETE("/api/media/{mediaId}", {
  params: {
    path: {
      mediaId: "12",
    },
  },
});
if (error) throw new Error(`deleteMedia failed with HTTP ${status}`);
console.log(data);

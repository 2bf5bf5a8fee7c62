import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Get a media
const { data, error, status } = await dotsub.GET("/api/media/{mediaId}", {
  params: {
    path: {
      mediaId: "12",
    },
  },
});
if (error) throw new Error(`getMedia failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { getMedia } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Get a media.
// The same call by path: dotsub.GET("/api/media/{mediaId}", init)
const { data, error, status } = await getMedia(dotsub, {
  params: {
    path: {
      mediaId: "12",
    },
  },
});
if (error) throw new Error(`getMedia failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { deleteMedia } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Delete a media.
// The same call by path: dotsub.DELETE("/api/media/{mediaId}", init)
const { data, error, status } = await deleteMedia(dotsub, {
  params: {
    path: {
      mediaId: "12",
    },
  },
});
if (error) throw new Error(`deleteMedia failed with HTTP ${status}`);
console.log(data);

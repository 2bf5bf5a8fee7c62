import { createDotsubClient } from "@apispec/dotsub";
import { getProjectMediaDefaultSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Get the default subtitle specification for a project's media.
// The same call by path: dotsub.GET("/api/projects/{projectId}/subtitleSpecification/media/{mediaId}", init)
const { data, error, status } = await getProjectMediaDefaultSubtitleSpecification(dotsub, {
  params: {
    path: {
      projectId: "1",
      mediaId: "12",
    },
  },
});
if (error) throw new Error(`getProjectMediaDefaultSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

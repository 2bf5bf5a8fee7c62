import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Get the default subtitle specification for a project's media
const { data, error, status } = await dotsub.GET("/api/projects/{projectId}/subtitleSpecification/media/{mediaId}", {
  params: {
    path: {
      projectId: "1",
      mediaId: "12",
    },
  },
});
if (error) throw new Error(`getProjectMediaDefaultSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

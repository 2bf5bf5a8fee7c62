import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Get the project's default subtitle specification
const { data, error, status } = await dotsub.GET("/api/projects/{projectId}/subtitleSpecification", {
  params: {
    path: {
      projectId: "1",
    },
  },
});
if (error) throw new Error(`getProjectDefaultSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

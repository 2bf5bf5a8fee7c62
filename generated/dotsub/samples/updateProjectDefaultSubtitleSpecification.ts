import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Update the project's default subtitle specification
const { data, error, status } = await dotsub.PATCH("/api/projects/{projectId}/subtitleSpecification", {
  params: {
    path: {
      projectId: "1",
    },
  },
  body: {
    comments: "updated comments test",
  },
});
if (error) throw new Error(`updateProjectDefaultSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

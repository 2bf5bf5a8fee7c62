import { createDotsubClient } from "@apispec/dotsub";
import { updateProjectDefaultSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Update the project's default subtitle specification.
// The same call by path: dotsub.PATCH("/api/projects/{projectId}/subtitleSpecification", init)
const { data, error, status } = await updateProjectDefaultSubtitleSpecification(dotsub, {
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

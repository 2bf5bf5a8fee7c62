import { createDotsubClient } from "@apispec/dotsub";
import { getProjectDefaultSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Get the project's default subtitle specification.
// The same call by path: dotsub.GET("/api/projects/{projectId}/subtitleSpecification", init)
const { data, error, status } = await getProjectDefaultSubtitleSpecification(dotsub, {
  params: {
    path: {
      projectId: "1",
    },
  },
});
if (error) throw new Error(`getProjectDefaultSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

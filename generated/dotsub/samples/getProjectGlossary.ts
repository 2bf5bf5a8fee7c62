import { createDotsubClient } from "@apispec/dotsub";
import { getProjectGlossary } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Get a project glossary.
// The same call by path: dotsub.GET("/api/projects/{projectId}/glossaries/{glossaryId}", init)
const { data, error, status } = await getProjectGlossary(dotsub, {
  params: {
    path: {
      projectId: "1",
      glossaryId: "1",
    },
  },
});
if (error) throw new Error(`getProjectGlossary failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { deleteProjectGlossary } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Delete a project glossary.
// The same call by path: dotsub.DELETE("/api/projects/{projectId}/glossaries/{glossaryId}", init)
const { data, error, status } = await deleteProjectGlossary(dotsub, {
  params: {
    path: {
      projectId: "1",
      glossaryId: "1",
    },
  },
});
if (error) throw new Error(`deleteProjectGlossary failed with HTTP ${status}`);
console.log(data);

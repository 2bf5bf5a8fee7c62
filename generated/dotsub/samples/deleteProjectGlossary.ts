import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Delete a project glossary
const { data, error, status } = await dotsub.DELETE("/api/projects/{projectId}/glossaries/{glossaryId}", {
  params: {
    path: {
      projectId: "1",
      glossaryId: "1",
    },
  },
});
if (error) throw new Error(`deleteProjectGlossary failed with HTTP ${status}`);
console.log(data);

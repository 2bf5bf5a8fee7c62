import { createDotsubClient } from "@apispec/dotsub";
import { createProject } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Create a project.
// The same call by path: dotsub.POST("/api/projects", init)
const { data, error, status } = await createProject(dotsub, {
  body: {
    name: "Project New One",
    organizationId: "dotsub-test",
    defaultWorkflowId: "5",
    tags: [
      {
        name: "Medical",
      },
    ],
    translationLanguages: [
      {
        id: "it-IT",
      },
    ],
    reviewLanguages: [
      {
        id: "it-IT",
      },
      {
        id: "en-US",
      },
    ],
    fallbackMediaLanguage: {
      id: "en-US",
    },
  },
});
if (error) throw new Error(`createProject failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Create a project
const { data, error, status } = await dotsub.POST("/api/projects", {
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

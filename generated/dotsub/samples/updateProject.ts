import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Update a project
const { data, error, status } = await dotsub.PATCH("/api/projects/{projectId}", {
  params: {
    path: {
      projectId: "1",
    },
  },
  body: {
    name: "Project 10-new",
    tags: [
      {
        name: "Medical",
      },
    ],
    fallbackMediaLanguage: {
      id: "it-IT",
    },
  },
});
if (error) throw new Error(`updateProject failed with HTTP ${status}`);
console.log(data);

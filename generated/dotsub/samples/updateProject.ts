import { createDotsubClient } from "@apispec/dotsub";
import { updateProject } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Update a project.
// The same call by path: dotsub.PATCH("/api/projects/{projectId}", init)
const { data, error, status } = await updateProject(dotsub, {
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

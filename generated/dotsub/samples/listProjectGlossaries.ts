import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List project glossaries
const { data, error, status } = await dotsub.GET("/api/projects/{projectId}/glossaries", {
  params: {
    path: {
      projectId: "1",
    },
  },
});
if (error) throw new Error(`listProjectGlossaries failed with HTTP ${status}`);
console.log(data);

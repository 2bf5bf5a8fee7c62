import { createDotsubClient } from "@apispec/dotsub";
import { listProjectGlossaries } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List project glossaries.
// The same call by path: dotsub.GET("/api/projects/{projectId}/glossaries", init)
const { data, error, status } = await listProjectGlossaries(dotsub, {
  params: {
    path: {
      projectId: "1",
    },
  },
});
if (error) throw new Error(`listProjectGlossaries failed with HTTP ${status}`);
console.log(data);

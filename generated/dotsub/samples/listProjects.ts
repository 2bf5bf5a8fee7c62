import { createDotsubClient } from "@apispec/dotsub";
import { listProjects } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List projects.
// The same call by path: dotsub.GET("/api/projects", init)
const { data, error, status } = await listProjects(dotsub);
if (error) throw new Error(`listProjects failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List projects
const { data, error, status } = await dotsub.GET("/api/projects");
if (error) throw new Error(`listProjects failed with HTTP ${status}`);
console.log(data);

import { createDubformerClient } from "@apispec/dubformer";
import { listProjects } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// List all projects.
// The same call by path: dubformer.GET("/api/v1/projects", init)
const { data, error, status } = await listProjects(dubformer);
if (error) throw new Error(`listProjects failed with HTTP ${status}`);
console.log(data);

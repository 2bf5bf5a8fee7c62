import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// List all projects
const { data, error, status } = await dubformer.GET("/api/v1/projects");
if (error) throw new Error(`listProjects failed with HTTP ${status}`);
console.log(data);

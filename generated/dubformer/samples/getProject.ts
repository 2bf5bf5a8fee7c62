import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Get project details
const { data, error, status } = await dubformer.GET("/api/v1/projects/{project_id}", {
  params: {
    path: {
      project_id: "12345",
    },
  },
});
if (error) throw new Error(`getProject failed with HTTP ${status}`);
console.log(data);

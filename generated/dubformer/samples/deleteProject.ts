import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Delete a project
const { data, error, status } = await dubformer.DELETE("/api/v1/projects/{project_id}", {
  params: {
    path: {
      project_id: "12345",
    },
  },
});
if (error) throw new Error(`deleteProject failed with HTTP ${status}`);
console.log(data);

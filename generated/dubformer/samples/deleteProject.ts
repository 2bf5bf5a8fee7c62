import { createDubformerClient } from "@apispec/dubformer";
import { deleteProject } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Delete a project.
// The same call by path: dubformer.DELETE("/api/v1/projects/{project_id}", init)
const { data, error, status } = await deleteProject(dubformer, {
  params: {
    path: {
      project_id: "12345",
    },
  },
});
if (error) throw new Error(`deleteProject failed with HTTP ${status}`);
console.log(data);

import { createDubformerClient } from "@apispec/dubformer";
import { getProject } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Get project details.
// The same call by path: dubformer.GET("/api/v1/projects/{project_id}", init)
const { data, error, status } = await getProject(dubformer, {
  params: {
    path: {
      project_id: "12345",
    },
  },
});
if (error) throw new Error(`getProject failed with HTTP ${status}`);
console.log(data);

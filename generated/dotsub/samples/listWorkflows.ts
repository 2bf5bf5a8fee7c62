import { createDotsubClient } from "@apispec/dotsub";
import { listWorkflows } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List workflows.
// The same call by path: dotsub.GET("/api/organizations/{organizationId}/workflows", init)
const { data, error, status } = await listWorkflows(dotsub, {
  params: {
    path: {
      organizationId: "dotsub-test",
    },
  },
});
if (error) throw new Error(`listWorkflows failed with HTTP ${status}`);
console.log(data);

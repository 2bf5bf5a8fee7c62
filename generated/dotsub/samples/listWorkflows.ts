import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List workflows
const { data, error, status } = await dotsub.GET("/api/organizations/{organizationId}/workflows", {
  params: {
    path: {
      organizationId: "dotsub-test",
    },
  },
});
if (error) throw new Error(`listWorkflows failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { listOrganizationLanguages } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List organization languages.
// The same call by path: dotsub.GET("/api/organizations/{organizationId}/languages", init)
const { data, error, status } = await listOrganizationLanguages(dotsub, {
  params: {
    path: {
      organizationId: "dotsub-test",
    },
  },
});
if (error) throw new Error(`listOrganizationLanguages failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { listUsers } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List users.
// The same call by path: dotsub.GET("/api/users", init)
const { data, error, status } = await listUsers(dotsub, {
  params: {
    query: {
      organizationId: "dotsub-test",
    },
  },
});
if (error) throw new Error(`listUsers failed with HTTP ${status}`);
console.log(data);

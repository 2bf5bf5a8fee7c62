import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List users
const { data, error, status } = await dotsub.GET("/api/users", {
  params: {
    query: {
      organizationId: "dotsub-test",
    },
  },
});
if (error) throw new Error(`listUsers failed with HTTP ${status}`);
console.log(data);

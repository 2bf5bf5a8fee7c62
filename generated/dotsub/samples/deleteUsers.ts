import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Delete users
const { data, error, status } = await dotsub.DELETE("/api/users", {
  body: {
    organizationId: "dotsub-test",
    userDtos: [
      {
        email: "tester@dotsub-test.com",
      },
    ],
  },
});
if (error) throw new Error(`deleteUsers failed with HTTP ${status}`);
console.log(data);

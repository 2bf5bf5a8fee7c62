import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Create users
const { data, error, status } = await dotsub.POST("/api/users", {
  body: {
    organizationId: "dotsub-test",
    organizationRole: "LINGUIST",
    userDtos: [
      {
        email: "tester@dotsub-test.com",
      },
    ],
  },
});
if (error) throw new Error(`createUsers failed with HTTP ${status}`);
console.log(data);

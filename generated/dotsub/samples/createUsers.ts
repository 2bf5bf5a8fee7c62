import { createDotsubClient } from "@apispec/dotsub";
import { createUsers } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Create users.
// The same call by path: dotsub.POST("/api/users", init)
const { data, error, status } = await createUsers(dotsub, {
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

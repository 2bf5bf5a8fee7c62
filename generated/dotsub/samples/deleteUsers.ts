import { createDotsubClient } from "@apispec/dotsub";
import { deleteUsers } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Delete users.
// The same call by path: dotsub.DELETE("/api/users", init)
const { data, error, status } = await deleteUsers(dotsub, {
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

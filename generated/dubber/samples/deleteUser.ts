import { createDubberClient } from "@apispec/dubber";
import { deleteUser } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Delete a user.
// The same call by path: dubber.DELETE("/users/{user_id}", init)
const { data, error, status } = await deleteUser(dubber, {
  params: {
    path: {
      user_id: "jsmith-acme-com",
    },
  },
});
if (error) throw new Error(`deleteUser failed with HTTP ${status}`);
console.log(data);

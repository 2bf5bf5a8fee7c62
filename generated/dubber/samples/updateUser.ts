import { createDubberClient } from "@apispec/dubber";
import { updateUser } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Update a user.
// The same call by path: dubber.PUT("/users/{user_id}", init)
const { data, error, status } = await updateUser(dubber, {
  params: {
    path: {
      user_id: "jsmith-acme-com",
    },
  },
  body: {
    language: "fr",
  },
});
if (error) throw new Error(`updateUser failed with HTTP ${status}`);
console.log(data);

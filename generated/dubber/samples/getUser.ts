import { createDubberClient } from "@apispec/dubber";
import { getUser } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get a user.
// The same call by path: dubber.GET("/users/{user_id}", init)
const { data, error, status } = await getUser(dubber, {
  params: {
    path: {
      user_id: "jsmith-acme-com",
    },
  },
});
if (error) throw new Error(`getUser failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Delete a user
const { data, error, status } = await dubber.DELETE("/users/{user_id}", {
  params: {
    path: {
      user_id: "jsmith-acme-com",
    },
  },
});
if (error) throw new Error(`deleteUser failed with HTTP ${status}`);
console.log(data);

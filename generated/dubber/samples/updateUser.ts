import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Update a user
const { data, error, status } = await dubber.PUT("/users/{user_id}", {
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

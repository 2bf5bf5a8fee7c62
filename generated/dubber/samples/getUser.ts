import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Get a user
const { data, error, status } = await dubber.GET("/users/{user_id}", {
  params: {
    path: {
      user_id: "jsmith-acme-com",
    },
  },
});
if (error) throw new Error(`getUser failed with HTTP ${status}`);
console.log(data);

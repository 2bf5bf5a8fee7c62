import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Create a user in an account
const { data, error, status } = await dubber.POST("/accounts/{account_id}/users", {
  params: {
    path: {
      account_id: "acme",
    },
  },
  body: {
    role: "Standard User",
    username: "jsmith@acme.com",
    first_name: "Jane",
    last_name: "Smith",
    mobile_number: "+61400000000",
    language: "en",
  },
});
if (error) throw new Error(`createAccountUser failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { createAccountUser } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Create a user in an account.
// The same call by path: dubber.POST("/accounts/{account_id}/users", init)
const { data, error, status } = await createAccountUser(dubber, {
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

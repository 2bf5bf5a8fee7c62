import { createDubberClient } from "@apispec/dubber";
import { listAccountUsers } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// List the users of an account.
// The same call by path: dubber.GET("/accounts/{account_id}/users", init)
const { data, error, status } = await listAccountUsers(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
});
if (error) throw new Error(`listAccountUsers failed with HTTP ${status}`);
console.log(data);

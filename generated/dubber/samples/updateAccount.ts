import { createDubberClient } from "@apispec/dubber";
import { updateAccount } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Update an account.
// The same call by path: dubber.PUT("/accounts/{account_id}", init)
const { data, error, status } = await updateAccount(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
  body: {
    name: "Acme Holdings Pty Ltd",
  },
});
if (error) throw new Error(`updateAccount failed with HTTP ${status}`);
console.log(data);

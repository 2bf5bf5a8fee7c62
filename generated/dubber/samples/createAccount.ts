import { createDubberClient } from "@apispec/dubber";
import { createAccount } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Create an account.
// The same call by path: dubber.POST("/accounts", init)
const { data, error, status } = await createAccount(dubber, {
  body: {
    name: "Acme Pty Ltd",
    group: "acme-partner",
    dubber_address: "acme",
    time_zone: "Australia/Melbourne",
    address: {
      address: "123 Collins Street",
      suburb: "Melbourne",
      country: "AU",
      state: "VIC",
      postcode: "3000",
    },
    phone: "+61390000000",
  },
});
if (error) throw new Error(`createAccount failed with HTTP ${status}`);
console.log(data);

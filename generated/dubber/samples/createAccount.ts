import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Create an account
const { data, error, status } = await dubber.POST("/accounts", {
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

import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Place a call
const { data, error, status } = await dubber.POST("/accounts/{account_id}/calls", {
  params: {
    path: {
      account_id: "acme",
    },
  },
  body: {
    number: "+61390000001",
  },
});
if (error) throw new Error(`createCall failed with HTTP ${status}`);
console.log(data);

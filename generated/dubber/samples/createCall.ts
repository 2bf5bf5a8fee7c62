import { createDubberClient } from "@apispec/dubber";
import { createCall } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Place a call.
// The same call by path: dubber.POST("/accounts/{account_id}/calls", init)
const { data, error, status } = await createCall(dubber, {
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

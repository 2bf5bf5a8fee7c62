import { createDubberClient } from "@apispec/dubber";
import { getCallConfiguration } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get the WebRTC call configuration.
// The same call by path: dubber.GET("/accounts/{account_id}/calls/config", init)
const { data, error, status } = await getCallConfiguration(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
});
if (error) throw new Error(`getCallConfiguration failed with HTTP ${status}`);
console.log(data);

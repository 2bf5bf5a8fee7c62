import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Get the WebRTC call configuration
const { data, error, status } = await dubber.GET("/accounts/{account_id}/calls/config", {
  params: {
    path: {
      account_id: "acme",
    },
  },
});
if (error) throw new Error(`getCallConfiguration failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { createAccountNotification } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Create a notification for an account.
// The same call by path: dubber.POST("/accounts/{account_id}/notifications", init)
const { data, error, status } = await createAccountNotification(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
  body: {
    post_url: "https://hooks.acme.com/dubber",
    event_type: "recording.create",
    include_data: true,
  },
});
if (error) throw new Error(`createAccountNotification failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { listAccountNotifications } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// List the notifications of an account.
// The same call by path: dubber.GET("/accounts/{account_id}/notifications", init)
const { data, error, status } = await listAccountNotifications(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
});
if (error) throw new Error(`listAccountNotifications failed with HTTP ${status}`);
console.log(data);

import { createDubberClient } from "@apispec/dubber";
import { listAccountRecordings } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// List the recordings of an account.
// The same call by path: dubber.GET("/accounts/{account_id}/recordings", init)
const { data, error, status } = await listAccountRecordings(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
});
if (error) throw new Error(`listAccountRecordings failed with HTTP ${status}`);
console.log(data);

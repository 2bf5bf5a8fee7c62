import { createDubberClient } from "@apispec/dubber";
import { listGroupUnidentifiedRecordings } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// List a group's unidentified recordings.
// The same call by path: dubber.GET("/groups/{group_id}/unidentified_recordings", init)
const { data, error, status } = await listGroupUnidentifiedRecordings(dubber, {
  params: {
    path: {
      group_id: "acme-partner",
    },
  },
});
if (error) throw new Error(`listGroupUnidentifiedRecordings failed with HTTP ${status}`);
console.log(data);

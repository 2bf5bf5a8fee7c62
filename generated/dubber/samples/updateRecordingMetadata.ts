import { createDubberClient } from "@apispec/dubber";
import { updateRecordingMetadata } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Update a recording's metadata.
// The same call by path: dubber.PUT("/recordings/{recording_id}/metadata", init)
const { data, error, status } = await updateRecordingMetadata(dubber, {
  params: {
    path: {
      recording_id: "3996569195",
    },
  },
  body: {
    crmCase: "CASE4711",
    agent: "jsmith",
  },
});
if (error) throw new Error(`updateRecordingMetadata failed with HTTP ${status}`);
console.log(data);

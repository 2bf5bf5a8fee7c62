import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// List a group's unidentified recordings
const { data, error, status } = await dubber.GET("/groups/{group_id}/unidentified_recordings", {
  params: {
    path: {
      group_id: "acme-partner",
    },
  },
});
if (error) throw new Error(`listGroupUnidentifiedRecordings failed with HTTP ${status}`);
console.log(data);

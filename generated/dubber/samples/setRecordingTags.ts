import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Replace a recording's tags
const { data, error, status } = await dubber.POST("/recordings/{recording_id}/tags", {
  params: {
    path: {
      recording_id: "3996569195",
    },
  },
  body: {
    tags: [
      "complaint",
      "escalated",
    ],
  },
});
if (error) throw new Error(`setRecordingTags failed with HTTP ${status}`);
console.log(data);

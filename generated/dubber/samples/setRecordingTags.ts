import { createDubberClient } from "@apispec/dubber";
import { setRecordingTags } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Replace a recording's tags.
// The same call by path: dubber.POST("/recordings/{recording_id}/tags", init)
const { data, error, status } = await setRecordingTags(dubber, {
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

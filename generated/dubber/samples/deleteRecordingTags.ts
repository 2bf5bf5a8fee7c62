import { createDubberClient } from "@apispec/dubber";
import { deleteRecordingTags } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Remove all tags of a recording.
// The same call by path: dubber.DELETE("/recordings/{recording_id}/tags", init)
const { data, error, status } = await deleteRecordingTags(dubber, {
  params: {
    path: {
      recording_id: "3996569195",
    },
  },
});
if (error) throw new Error(`deleteRecordingTags failed with HTTP ${status}`);
console.log(data);

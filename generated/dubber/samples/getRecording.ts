import { createDubberClient } from "@apispec/dubber";
import { getRecording } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get a recording's metadata or audio.
// The same call by path: dubber.GET("/recordings/{recording_id}", init)
const { data, error, status } = await getRecording(dubber, {
  params: {
    path: {
      recording_id: "3996569195",
    },
  },
});
if (error) throw new Error(`getRecording failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";
import { createRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Create a Recording.
// The same call by path: voxbone.PUT("/recordings", init)
const { data, error, status } = await createRecording(voxbone, {
  body: {
    profileId: "1",
  },
});
if (error) throw new Error(`createRecording failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";
import { createProfileRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Create a Recording for a Profile.
// The same call by path: voxbone.PUT("/profiles/{profileId}/recordings", init)
const { data, error, status } = await createProfileRecording(voxbone, {
  params: {
    path: {
      profileId: "1",
    },
  },
  body: {},
});
if (error) throw new Error(`createProfileRecording failed with HTTP ${status}`);
console.log(data);

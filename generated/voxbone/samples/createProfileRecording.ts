import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Create a Recording for a Profile
const { data, error, status } = await voxbone.PUT("/profiles/{profileId}/recordings", {
  params: {
    path: {
      profileId: "1",
    },
  },
  body: {},
});
if (error) throw new Error(`createProfileRecording failed with HTTP ${status}`);
console.log(data);

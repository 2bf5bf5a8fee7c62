import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Create a Recording
const { data, error, status } = await voxbone.PUT("/recordings", {
  body: {
    profileId: "1",
  },
});
if (error) throw new Error(`createRecording failed with HTTP ${status}`);
console.log(data);

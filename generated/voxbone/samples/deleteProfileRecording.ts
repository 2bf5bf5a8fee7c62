import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Delete a Recording of a Profile
const { data, error, status } = await voxbone.DELETE("/profiles/{profileId}/recordings/{id}", {
  params: {
    path: {
      profileId: "1",
      id: "7",
    },
  },
});
if (error) throw new Error(`deleteProfileRecording failed with HTTP ${status}`);
console.log(data);

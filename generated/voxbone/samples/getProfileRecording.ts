import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Get a Recording of a Profile
const { data, error, status } = await voxbone.GET("/profiles/{profileId}/recordings/{id}", {
  params: {
    path: {
      profileId: "1",
      id: "7",
    },
  },
});
if (error) throw new Error(`getProfileRecording failed with HTTP ${status}`);
console.log(data);

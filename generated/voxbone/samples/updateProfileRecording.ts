import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Update a Recording of a Profile
const { data, error, status } = await voxbone.POST("/profiles/{profileId}/recordings/{id}", {
  params: {
    path: {
      profileId: "1",
      id: "7",
    },
  },
  body: {},
});
if (error) throw new Error(`updateProfileRecording failed with HTTP ${status}`);
console.log(data);

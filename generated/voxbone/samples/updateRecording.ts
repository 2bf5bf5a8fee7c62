import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Update a Recording
const { data, error, status } = await voxbone.POST("/recordings/{id}", {
  params: {
    path: {
      id: "7",
    },
  },
  body: {
    profileId: "1",
  },
});
if (error) throw new Error(`updateRecording failed with HTTP ${status}`);
console.log(data);

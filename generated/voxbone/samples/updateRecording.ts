import { createVoxboneClient } from "@apispec/voxbone";
import { updateRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Update a Recording.
// The same call by path: voxbone.POST("/recordings/{id}", init)
const { data, error, status } = await updateRecording(voxbone, {
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

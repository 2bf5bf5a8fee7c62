import { createVoxboneClient } from "@apispec/voxbone";
import { updateProfileRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Update a Recording of a Profile.
// The same call by path: voxbone.POST("/profiles/{profileId}/recordings/{id}", init)
const { data, error, status } = await updateProfileRecording(voxbone, {
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

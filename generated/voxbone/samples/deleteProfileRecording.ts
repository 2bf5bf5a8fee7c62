import { createVoxboneClient } from "@apispec/voxbone";
import { deleteProfileRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Delete a Recording of a Profile.
// The same call by path: voxbone.DELETE("/profiles/{profileId}/recordings/{id}", init)
const { data, error, status } = await deleteProfileRecording(voxbone, {
  params: {
    path: {
      profileId: "1",
      id: "7",
    },
  },
});
if (error) throw new Error(`deleteProfileRecording failed with HTTP ${status}`);
console.log(data);

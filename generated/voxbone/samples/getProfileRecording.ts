import { createVoxboneClient } from "@apispec/voxbone";
import { getProfileRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Get a Recording of a Profile.
// The same call by path: voxbone.GET("/profiles/{profileId}/recordings/{id}", init)
const { data, error, status } = await getProfileRecording(voxbone, {
  params: {
    path: {
      profileId: "1",
      id: "7",
    },
  },
});
if (error) throw new Error(`getProfileRecording failed with HTTP ${status}`);
console.log(data);

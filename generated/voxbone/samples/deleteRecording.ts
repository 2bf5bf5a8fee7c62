import { createVoxboneClient } from "@apispec/voxbone";
import { deleteRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Delete a Recording.
// The same call by path: voxbone.DELETE("/recordings/{id}", init)
const { data, error, status } = await deleteRecording(voxbone, {
  params: {
    path: {
      id: "7",
    },
  },
});
if (error) throw new Error(`deleteRecording failed with HTTP ${status}`);
console.log(data);

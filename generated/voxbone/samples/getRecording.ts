import { createVoxboneClient } from "@apispec/voxbone";
import { getRecording } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Get a Recording.
// The same call by path: voxbone.GET("/recordings/{id}", init)
const { data, error, status } = await getRecording(voxbone, {
  params: {
    path: {
      id: "7",
    },
  },
});
if (error) throw new Error(`getRecording failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Delete a Recording
const { data, error, status } = await voxbone.DELETE("/recordings/{id}", {
  params: {
    path: {
      id: "7",
    },
  },
});
if (error) throw new Error(`deleteRecording failed with HTTP ${status}`);
console.log(data);

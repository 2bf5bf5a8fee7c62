import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Get a Recording
const { data, error, status } = await voxbone.GET("/recordings/{id}", {
  params: {
    path: {
      id: "7",
    },
  },
});
if (error) throw new Error(`getRecording failed with HTTP ${status}`);
console.log(data);

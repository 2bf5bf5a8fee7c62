import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// List the Recordings of a Profile
const { data, error, status } = await voxbone.GET("/profiles/{profileId}/recordings", {
  params: {
    path: {
      profileId: "1",
    },
  },
});
if (error) throw new Error(`listProfileRecordings failed with HTTP ${status}`);
console.log(data);

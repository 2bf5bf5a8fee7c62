import { createVoxboneClient } from "@apispec/voxbone";
import { listProfileRecordings } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// List the Recordings of a Profile.
// The same call by path: voxbone.GET("/profiles/{profileId}/recordings", init)
const { data, error, status } = await listProfileRecordings(voxbone, {
  params: {
    path: {
      profileId: "1",
    },
  },
});
if (error) throw new Error(`listProfileRecordings failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";
import { getProfile } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Get a Profile.
// The same call by path: voxbone.GET("/profiles/{id}", init)
const { data, error, status } = await getProfile(voxbone, {
  params: {
    path: {
      id: "1",
    },
  },
});
if (error) throw new Error(`getProfile failed with HTTP ${status}`);
console.log(data);

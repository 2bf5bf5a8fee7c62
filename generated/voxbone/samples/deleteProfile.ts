import { createVoxboneClient } from "@apispec/voxbone";
import { deleteProfile } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Delete a Profile.
// The same call by path: voxbone.DELETE("/profiles/{id}", init)
const { data, error, status } = await deleteProfile(voxbone, {
  params: {
    path: {
      id: "1",
    },
  },
});
if (error) throw new Error(`deleteProfile failed with HTTP ${status}`);
console.log(data);

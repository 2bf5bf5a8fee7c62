import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Delete a Profile
const { data, error, status } = await voxbone.DELETE("/profiles/{id}", {
  params: {
    path: {
      id: "1",
    },
  },
});
if (error) throw new Error(`deleteProfile failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Get a Profile
const { data, error, status } = await voxbone.GET("/profiles/{id}", {
  params: {
    path: {
      id: "1",
    },
  },
});
if (error) throw new Error(`getProfile failed with HTTP ${status}`);
console.log(data);

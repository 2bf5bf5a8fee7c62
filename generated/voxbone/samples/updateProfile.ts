import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Update a Profile
const { data, error, status } = await voxbone.POST("/profiles/{id}", {
  params: {
    path: {
      id: "1",
    },
  },
  body: {
    remoteSipUri: "sip:+3225001234@example.com",
    record: true,
    recordFormat: "wav",
    recordPrompt: "default",
  },
});
if (error) throw new Error(`updateProfile failed with HTTP ${status}`);
console.log(data);

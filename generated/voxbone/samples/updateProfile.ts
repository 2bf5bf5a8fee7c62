import { createVoxboneClient } from "@apispec/voxbone";
import { updateProfile } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Update a Profile.
// The same call by path: voxbone.POST("/profiles/{id}", init)
const { data, error, status } = await updateProfile(voxbone, {
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

import { createVoxboneClient } from "@apispec/voxbone";
import { createProfile } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// Create a Profile.
// The same call by path: voxbone.PUT("/profiles", init)
const { data, error, status } = await createProfile(voxbone, {
  body: {
    remoteSipUri: "sip:+3225001234@example.com",
    record: true,
    recordFormat: "wav",
    recordPrompt: "default",
  },
});
if (error) throw new Error(`createProfile failed with HTTP ${status}`);
console.log(data);

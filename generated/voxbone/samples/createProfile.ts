import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// Create a Profile
const { data, error, status } = await voxbone.PUT("/profiles", {
  body: {
    remoteSipUri: "sip:+3225001234@example.com",
    record: true,
    recordFormat: "wav",
    recordPrompt: "default",
  },
});
if (error) throw new Error(`createProfile failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// List all Profiles
const { data, error, status } = await voxbone.GET("/profiles");
if (error) throw new Error(`listProfiles failed with HTTP ${status}`);
console.log(data);

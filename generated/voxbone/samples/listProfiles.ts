import { createVoxboneClient } from "@apispec/voxbone";
import { listProfiles } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// List all Profiles.
// The same call by path: voxbone.GET("/profiles", init)
const { data, error, status } = await listProfiles(voxbone);
if (error) throw new Error(`listProfiles failed with HTTP ${status}`);
console.log(data);

import { createVoxboneClient } from "@apispec/voxbone";
import { listRecordings } from "@apispec/voxbone/operations";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_BASE_URL! });

// List all Recordings.
// The same call by path: voxbone.GET("/recordings", init)
const { data, error, status } = await listRecordings(voxbone);
if (error) throw new Error(`listRecordings failed with HTTP ${status}`);
console.log(data);

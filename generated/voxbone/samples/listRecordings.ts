import { createVoxboneClient } from "@apispec/voxbone";

const voxbone = createVoxboneClient({ baseUrl: process.env.VOXBONE_URL! });

// List all Recordings
const { data, error, status } = await voxbone.GET("/recordings");
if (error) throw new Error(`listRecordings failed with HTTP ${status}`);
console.log(data);

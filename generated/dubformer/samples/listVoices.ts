import { createDubformerClient } from "@apispec/dubformer";
import { listVoices } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// List supported voices.
// The same call by path: dubformer.GET("/api/v1/voices", init)
const { data, error, status } = await listVoices(dubformer);
if (error) throw new Error(`listVoices failed with HTTP ${status}`);
console.log(data);

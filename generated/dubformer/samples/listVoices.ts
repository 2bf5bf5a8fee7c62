import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// List supported voices
const { data, error, status } = await dubformer.GET("/api/v1/voices");
if (error) throw new Error(`listVoices failed with HTTP ${status}`);
console.log(data);

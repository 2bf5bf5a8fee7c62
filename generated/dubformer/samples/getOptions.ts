import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Get supported languages
const { data, error, status } = await dubformer.GET("/api/v1/options");
if (error) throw new Error(`getOptions failed with HTTP ${status}`);
console.log(data);

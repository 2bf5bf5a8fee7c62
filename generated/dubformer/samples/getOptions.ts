import { createDubformerClient } from "@apispec/dubformer";
import { getOptions } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Get supported languages.
// The same call by path: dubformer.GET("/api/v1/options", init)
const { data, error, status } = await getOptions(dubformer);
if (error) throw new Error(`getOptions failed with HTTP ${status}`);
console.log(data);

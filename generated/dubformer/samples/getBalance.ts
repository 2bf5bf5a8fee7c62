import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Get the balance
const { data, error, status } = await dubformer.GET("/api/v1/balance");
if (error) throw new Error(`getBalance failed with HTTP ${status}`);
console.log(data);

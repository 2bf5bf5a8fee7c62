import { createDubformerClient } from "@apispec/dubformer";
import { getBalance } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Get the balance.
// The same call by path: dubformer.GET("/api/v1/balance", init)
const { data, error, status } = await getBalance(dubformer);
if (error) throw new Error(`getBalance failed with HTTP ${status}`);
console.log(data);

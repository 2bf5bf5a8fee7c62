import { createDubberClient } from "@apispec/dubber";
import { searchExternalIdentifier } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Find an external identifier.
// The same call by path: dubber.GET("/external_identifiers/find", init)
const { data, error, status } = await searchExternalIdentifier(dubber);
if (error) throw new Error(`searchExternalIdentifier failed with HTTP ${status}`);
console.log(data);

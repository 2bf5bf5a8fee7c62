import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Find an external identifier
const { data, error, status } = await dubber.GET("/external_identifiers/find");
if (error) throw new Error(`searchExternalIdentifier failed with HTTP ${status}`);
console.log(data);

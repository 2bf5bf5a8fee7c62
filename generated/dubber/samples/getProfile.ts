import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Get the authenticated resource
const { data, error, status } = await dubber.GET("/profile");
if (error) throw new Error(`getProfile failed with HTTP ${status}`);
console.log(data);

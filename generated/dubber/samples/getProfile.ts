import { createDubberClient } from "@apispec/dubber";
import { getProfile } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get the authenticated resource.
// The same call by path: dubber.GET("/profile", init)
const { data, error, status } = await getProfile(dubber);
if (error) throw new Error(`getProfile failed with HTTP ${status}`);
console.log(data);

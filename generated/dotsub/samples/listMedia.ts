import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List media
const { data, error, status } = await dotsub.GET("/api/media");
if (error) throw new Error(`listMedia failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List subtitle specifications
const { data, error, status } = await dotsub.GET("/api/subtitleSpecifications");
if (error) throw new Error(`listSubtitleSpecifications failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { listSubtitleSpecifications } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List subtitle specifications.
// The same call by path: dotsub.GET("/api/subtitleSpecifications", init)
const { data, error, status } = await listSubtitleSpecifications(dotsub);
if (error) throw new Error(`listSubtitleSpecifications failed with HTTP ${status}`);
console.log(data);

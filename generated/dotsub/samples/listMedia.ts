import { createDotsubClient } from "@apispec/dotsub";
import { listMedia } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List media.
// The same call by path: dotsub.GET("/api/media", init)
const { data, error, status } = await listMedia(dotsub);
if (error) throw new Error(`listMedia failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";
import { getSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Get a subtitle specification.
// The same call by path: dotsub.GET("/api/subtitleSpecifications/{subtitleSpecId}", init)
const { data, error, status } = await getSubtitleSpecification(dotsub, {
  params: {
    path: {
      subtitleSpecId: "1",
    },
  },
});
if (error) throw new Error(`getSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

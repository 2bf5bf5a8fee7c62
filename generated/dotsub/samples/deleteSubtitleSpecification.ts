import { createDotsubClient } from "@apispec/dotsub";
import { deleteSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Delete a subtitle specification.
// The same call by path: dotsub.DELETE("/api/subtitleSpecifications/{subtitleSpecId}", init)
const { data, error, status } = await deleteSubtitleSpecification(dotsub, {
  params: {
    path: {
      subtitleSpecId: "1",
    },
  },
});
if (error) throw new Error(`deleteSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

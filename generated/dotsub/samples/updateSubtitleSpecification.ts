import { createDotsubClient } from "@apispec/dotsub";
import { updateSubtitleSpecification } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Update a subtitle specification.
// The same call by path: dotsub.PATCH("/api/subtitleSpecifications/{subtitleSpecId}", init)
const { data, error, status } = await updateSubtitleSpecification(dotsub, {
  params: {
    path: {
      subtitleSpecId: "1",
    },
  },
  body: {
    comments: "updated comments test",
  },
});
if (error) throw new Error(`updateSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Delete a subtitle specification
const { data, error, status } = await dotsub.DELETE("/api/subtitleSpecifications/{subtitleSpecId}", {
  params: {
    path: {
      subtitleSpecId: "1",
    },
  },
});
if (error) throw new Error(`deleteSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

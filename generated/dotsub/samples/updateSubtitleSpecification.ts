import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Update a subtitle specification
const { data, error, status } = await dotsub.PATCH("/api/subtitleSpecifications/{subtitleSpecId}", {
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

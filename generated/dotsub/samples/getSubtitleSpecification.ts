import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Get a subtitle specification
const { data, error, status } = await dotsub.GET("/api/subtitleSpecifications/{subtitleSpecId}", {
  params: {
    path: {
      subtitleSpecId: "1",
    },
  },
});
if (error) throw new Error(`getSubtitleSpecification failed with HTTP ${status}`);
console.log(data);

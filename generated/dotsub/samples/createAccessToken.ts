import { createDotsubClient } from "@apispec/dotsub";
import { createAccessToken } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Get an access token.
// The same call by path: dotsub.POST("/oauth/token", init)
const { data, error, status } = await createAccessToken(dotsub, {
  body: {
    client_id: "OOb7go1K6036e3fMPgLo5dzPWlqHDYHR",
    client_secret: "s7rL1R62kKtsXzhXOjaiQ6fuMjWeygpXkbMDuGiFnRR4SHR7cbakYxBMeX8dMW4-",
    audience: "https://videotms.com/api/v3/",
    grant_type: "client_credentials",
  },
});
if (error) throw new Error(`createAccessToken failed with HTTP ${status}`);
console.log(data);

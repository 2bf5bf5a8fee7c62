import { createDubberClient } from "@apispec/dubber";
import { getExternalIdentifier } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get an external identifier.
// The same call by path: dubber.GET("/external_identifiers/{external_identifier_id}", init)
const { data, error, status } = await getExternalIdentifier(dubber, {
  params: {
    path: {
      external_identifier_id: "98765",
    },
  },
});
if (error) throw new Error(`getExternalIdentifier failed with HTTP ${status}`);
console.log(data);

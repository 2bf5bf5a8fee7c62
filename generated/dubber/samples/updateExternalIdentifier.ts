import { createDubberClient } from "@apispec/dubber";
import { updateExternalIdentifier } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Update an external identifier.
// The same call by path: dubber.PUT("/external_identifiers/{external_identifier_id}", init)
const { data, error, status } = await updateExternalIdentifier(dubber, {
  params: {
    path: {
      external_identifier_id: "98765",
    },
  },
  body: {
    identifier: "jane.smith@bw.acme-telco.net",
  },
});
if (error) throw new Error(`updateExternalIdentifier failed with HTTP ${status}`);
console.log(data);

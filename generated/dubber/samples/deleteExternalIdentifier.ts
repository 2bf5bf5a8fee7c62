import { createDubberClient } from "@apispec/dubber";
import { deleteExternalIdentifier } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Delete an external identifier.
// The same call by path: dubber.DELETE("/external_identifiers/{external_identifier_id}", init)
const { data, error, status } = await deleteExternalIdentifier(dubber, {
  params: {
    path: {
      external_identifier_id: "98765",
    },
  },
});
if (error) throw new Error(`deleteExternalIdentifier failed with HTTP ${status}`);
console.log(data);

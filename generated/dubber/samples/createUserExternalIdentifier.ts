import { createDubberClient } from "@apispec/dubber";
import { createUserExternalIdentifier } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Add an external identifier to a user.
// The same call by path: dubber.POST("/users/{user_id}/external_identifiers", init)
const { data, error, status } = await createUserExternalIdentifier(dubber, {
  params: {
    path: {
      user_id: "jsmith-acme-com",
    },
  },
  body: {
    external_type: "BroadWorks",
    service_provider: "acme-telco",
    identifier: "jsmith@bw.acme-telco.net",
  },
});
if (error) throw new Error(`createUserExternalIdentifier failed with HTTP ${status}`);
console.log(data);

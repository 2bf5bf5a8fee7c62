import { createDubberClient } from "@apispec/dubber";

const dubber = createDubberClient({ clientId: process.env.DUBBER_CLIENT_ID!, clientSecret: process.env.DUBBER_CLIENT_SECRET!, username: process.env.DUBBER_USERNAME!, password: process.env.DUBBER_PASSWORD! });

// Add an external identifier to a user
const { data, error, status } = await dubber.POST("/users/{user_id}/external_identifiers", {
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

// How the cross-API suites reach Dubber (see test/support/fixture.ts).
import { createDubberClient } from "@apispec/dubber";
import { defineFixture } from "../support/fixture.js";

const clientSecret = "S3CR3T-dubber-client-secret";
const password = "S3CR3T-dubber-password";

export const fixture = defineFixture(createDubberClient, {
  name: "dubber",
  // The token endpoint is {baseUrl}/token: a base URL given here moves it along.
  options: (baseUrl) => ({ baseUrl, clientId: "mashery-key", clientSecret, username: "auth-id", password }),
  credentials: [clientSecret, password],
  tokenPath: "/token",
  read: { method: "GET", path: "/accounts/{account_id}", init: { params: { path: { account_id: "acme" } } } },
  write: {
    method: "POST",
    path: "/accounts",
    init: {
      body: {
        name: "Acme Pty Ltd",
        dubber_address: "acme",
        time_zone: "Australia/Melbourne",
        address: { address: "123 Collins Street", suburb: "Melbourne", country: "AU", state: "VIC", postcode: "3000" },
        phone: "+61390000000",
      },
    },
  },
});

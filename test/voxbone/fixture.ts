// How the cross-API suites reach Voxbone (see test/support/fixture.ts).
import { createVoxboneClient } from "@apispec/voxbone";
import { defineFixture } from "../support/fixture.js";

// No auth is documented; a secret in a default header must stay out of errors all the same.
const header = "S3CR3T-voxbone-header";

export const fixture = defineFixture(createVoxboneClient, {
  name: "voxbone",
  options: (baseUrl) => ({ baseUrl, headers: { "X-Api-Key": header } }),
  credentials: [header],
  read: { method: "GET", path: "/profiles/{id}", init: { params: { path: { id: "1" } } } },
  // Voxbone creates with PUT (idempotent by HTTP semantics); POST /profiles/{id} updates.
  write: { method: "POST", path: "/profiles/{id}", init: { params: { path: { id: "1" } }, body: { record: true } } },
});

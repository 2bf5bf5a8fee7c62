// How the cross-API suites reach Kazoo (see test/support/fixture.ts).
import { createKazooClient } from "@apispec/kazoo";
import { defineFixture } from "../support/fixture.js";

const authToken = "S3CR3T-kazoo-auth-token";
const account = { params: { path: { account_id: "3d2f7a91bc044e8da6b19f0c2e577a41" } } };

export const fixture = defineFixture(createKazooClient, {
  name: "kazoo",
  // A token we already have: no login request (test/kazoo/ covers the logins).
  options: (baseUrl) => ({ baseUrl, credentials: { authToken } }),
  credentials: [authToken],
  basePath: "/v2",
  read: { method: "GET", path: "/accounts/{account_id}", init: account },
  // Kazoo creates with PUT, which the runtime treats as idempotent; its POST (full update) is the non-idempotent one.
  write: { method: "POST", path: "/accounts/{account_id}", init: { ...account, body: { name: "Office" } } },
  wrap: (documentJson) => `{"status":"success","request_id":"req-1","data":${documentJson}}`,
});

// One generated client per API, pointed at that API's Prism mock, for the tests that cover every API.
import { createDubberClient } from "@apispec/dubber";
import { createDotsubClient } from "@apispec/dotsub";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
import { createVoxboneClient } from "@apispec/voxbone";

type AnyClient = Record<"GET" | "PUT" | "POST" | "DELETE" | "PATCH", (path: string, init?: object) => Promise<{ status: number; error?: unknown }>>;

export const mockClients: Record<string, (baseUrl: string) => AnyClient> = {
  dubber: (baseUrl) =>
    createDubberClient({ baseUrl, clientId: "key", clientSecret: "secret", username: "auth-id", password: "auth-token", retry: false }) as unknown as AnyClient,
  // The token comes from the mock too: the default tokenUrl is the vendor's real host.
  dotsub: (baseUrl) =>
    createDotsubClient({ baseUrl, tokenUrl: `${baseUrl}/oauth/token`, clientId: "id", clientSecret: "secret", retry: false }) as unknown as AnyClient,
  dubformer: (baseUrl) => createDubformerClient({ baseUrl, apiKey: "test-key", retry: false }) as unknown as AnyClient,
  kazoo: (baseUrl) => createKazooClient({ baseUrl, credentials: { authToken: "test-token" }, retry: false }) as unknown as AnyClient,
  voxbone: (baseUrl) => createVoxboneClient({ baseUrl, retry: false }) as unknown as AnyClient,
};

// x-login read into the description the runtime's loginAuth takes, with a clear error for what it cannot use; and
// where an OAuth 2 client sends its token request.
import { onServer } from "@apispec/runtime/internal";
import { describe, expect, it } from "vitest";
import { readModel } from "../../scripts/generator/model.js";
import { authCode } from "../../scripts/generator/render/auth.js";
import { fixture } from "./support.js";

describe("x-login", () => {
  it("becomes the operations' method, path, credentials fields and body, enveloped where the operation is", () => {
    const { security } = fixture("login").model;
    expect(security).toEqual({
      kind: "login",
      header: "X-Token",
      description: "A session token.",
      login: {
        header: "X-Token",
        tokenProperty: "token",
        tokenOption: "sessionToken",
        logins: [
          {
            method: "PUT",
            path: "/login",
            options: ["user", "secret", "realm"],
            body: { hash: { sha1: "{user|lowercase}:{secret}" }, realm: "{realm}", kind: "sha" },
            envelope: "data",
          },
          { method: "POST", path: "/key_login", options: ["apiKey"], body: { key: "{apiKey}" }, envelope: "data" },
        ],
      },
    });
  });

  it("names an operation the spec does not have, and a body value it cannot send", () => {
    const { api, model } = fixture("login");
    const broken = (change: (login: any) => void) => {
      const spec = structuredClone(model.spec);
      change(spec.components.securitySchemes.token["x-login"]);
      return () => readModel(api, spec);
    };
    expect(broken((l) => (l.operations[0].operationId = "logOut"))).toThrow(
      'x-login of security scheme "token" names operation logOut, which the spec does not have',
    );
    expect(broken((l) => (l.operations[1].body.key = { md5: "{apiKey}" }))).toThrow(
      "body field key of logInWithKey must be a template string or { sha1: <template> }",
    );
    expect(broken((l) => (l.operations[1].body.key = "{apiKey"))).toThrow("a brace that is not {option}");
  });
});

describe("an OAuth 2 token URL", () => {
  // The store fixture with OAuth 2 client credentials whose token operation lives on `tokenServer` (undefined:
  // on the spec's own server, as Dubber's does).
  const oauthModel = (tokenServer: string | undefined) => {
    const { api, model } = fixture("store");
    const spec = structuredClone(model.spec);
    const base = spec.servers[0].url;
    spec.components.securitySchemes = {
      oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: `${tokenServer ?? base}/oauth/token`, scopes: {} } } },
    };
    spec.security = [{ oauth: [] }];
    spec.paths["/oauth/token"] = {
      post: {
        operationId: "createToken",
        security: [],
        ...(tokenServer ? { servers: [{ url: tokenServer }] } : {}),
        requestBody: { content: { "application/json": { schema: { type: "object" } } } },
        responses: { "200": { description: "A token." } },
      },
    };
    return readModel(api, spec);
  };
  // Where the generated factory sends the token request: its `tokenUrl` expression, run with the factory's bindings.
  const tokenUrlOf = (model: ReturnType<typeof oauthModel>, options: { baseUrl?: string; tokenUrl?: string }) => {
    const expression = /tokenUrl: (.*?), clientId/.exec(authCode(model)!.authExpression)![1]!;
    const defaultBaseUrl = model.servers.baseUrl;
    const baseUrl = options.baseUrl ?? defaultBaseUrl;
    return new Function("tokenUrl", "baseUrl", "defaultBaseUrl", "onServer", `return ${expression};`)(
      options.tokenUrl,
      baseUrl,
      defaultBaseUrl,
      onServer,
    );
  };

  it("on a server of its own is that server's with the spec's base URL, and below any other base URL (a mock) otherwise", () => {
    const model = oauthModel("https://login.example.com");
    expect(model.security).toMatchObject({ kind: "oauth2", relativeTokenUrl: undefined, tokenPath: "/oauth/token" });
    expect(tokenUrlOf(model, {})).toBe("https://login.example.com/oauth/token");
    expect(tokenUrlOf(model, { baseUrl: "https://store.example.com/v1/" })).toBe("https://login.example.com/oauth/token");
    expect(tokenUrlOf(model, { baseUrl: "http://127.0.0.1:4012/v1" })).toBe("http://127.0.0.1:4012/v1/oauth/token");
    expect(tokenUrlOf(model, { baseUrl: "http://127.0.0.1:4012", tokenUrl: "https://sso.example.com/t" })).toBe(
      "https://sso.example.com/t",
    );
  });

  it("on the spec's own server follows the base URL", () => {
    const model = oauthModel(undefined);
    expect(model.security).toMatchObject({ kind: "oauth2", relativeTokenUrl: "/oauth/token", tokenPath: undefined });
    expect(tokenUrlOf(model, {})).toBe("https://store.example.com/v1/oauth/token");
    expect(tokenUrlOf(model, { baseUrl: "http://127.0.0.1:4010/v1" })).toBe("http://127.0.0.1:4010/v1/oauth/token");
  });
});

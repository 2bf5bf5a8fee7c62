// x-login read into the description the runtime's loginAuth takes, with a clear error for what it cannot use.
import { describe, expect, it } from "vitest";
import { readModel } from "../../scripts/generator/model.js";
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

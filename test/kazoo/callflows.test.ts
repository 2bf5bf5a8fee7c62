// Callflows through the generated Kazoo client against the Prism mock: nested flows typed per action module are
// accepted, and flows that break their module's schema are type errors and 400s.
import { type components, createKazooClient } from "@apispec/kazoo";
import { describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

type CallflowAction = components["schemas"]["CallflowAction"];
type CallflowDoc = components["schemas"]["CallflowDoc"];

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const CALLFLOW = "5c9a1b2c3d4e4f60718293a4b5c6d7e8";
const USER = "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9";
const VMBOX = "7e6d5c4b3a2948f1e0d9c8b7a6f5e4d3";
const MENU = "2a3b4c5d6e7f48a9b0c1d2e3f4a5b6c7";
const RULE = "9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4";

const userThenVoicemail = {
  module: "user",
  data: { id: USER, timeout: 25, strategy: "simultaneous" },
  children: { _: { module: "voicemail", data: { id: VMBOX } } },
} satisfies CallflowAction;

const menuWithDigits = {
  module: "menu",
  data: { id: MENU, interdigit_timeout: 2000 },
  children: {
    "1": userThenVoicemail,
    "2": { module: "ring_group", data: { endpoints: [{ endpoint_type: "user", id: USER }], strategy: "single" } },
    "0": { module: "transfer", data: { target: "1000", transfer_type: "blind" } },
    timeout: { module: "tts", data: { text: "Goodbye", engine: "flite" }, children: { _: { module: "hangup", data: {} } } },
  },
} satisfies CallflowAction;

const businessHours = {
  module: "temporal_route",
  data: { rules: [RULE], timezone: "America/Los_Angeles" },
  children: {
    [RULE]: menuWithDigits,
    _: {
      module: "audio_macro",
      data: {
        macros: [
          { macro: "prompt", id: "vm-not_available" },
          { macro: "say", text: "1000", method: "iterated", type: "number" },
        ],
      },
      children: { _: { module: "voicemail", data: { id: VMBOX, max_message_length: 300 } } },
    },
  },
} satisfies CallflowAction;

const mock = () => createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });
const account = { account_id: ACCOUNT };

describe("callflows: typed flows", () => {
  it("type-checks an action by its module and narrows data on module", () => {
    expectTypeOf<Extract<CallflowAction, { module: "user" }>["data"]["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<CallflowAction, { module: "menu" }>["children"]>().toEqualTypeOf<
      components["schemas"]["CallflowMenuChildren"] | undefined
    >();
    const describeNode = (node: CallflowAction) => (node.module === "temporal_route" ? (node.data.rules ?? []).join(",") : node.module);
    expect(describeNode(businessHours)).toBe(RULE);

    // @ts-expect-error user's id is a string
    const wrongType: CallflowAction = { module: "user", data: { id: 42 } };
    // @ts-expect-error user's data has no field `user_id`
    const unknownField: CallflowAction = { module: "user", data: { user_id: USER } };
    // @ts-expect-error there is no `usr` module
    const unknownModule: CallflowAction = { module: "usr", data: {} };
    // @ts-expect-error a menu's branches are callflow actions too
    const badChild: CallflowAction = { module: "menu", data: {}, children: { "1": { module: "voicemail", data: { id: 7 } } } };
    expect([wrongType, unknownField, unknownModule, badChild]).toHaveLength(4);
  });
});

describe("callflows against the mock", () => {
  it.each([
    ["a user, then voicemail on no answer", userThenVoicemail],
    ["a menu with digit and timeout branches", menuWithDigits],
    ["a time-of-day route with a rule-id branch", businessHours],
  ])("accepts %s (201), and a stored callflow reads back typed", async (_, flow) => {
    const client = mock();
    const body: CallflowDoc = { name: "Main number", numbers: ["+14155550100", "1000"], flow };
    const created = await client.PUT("/accounts/{account_id}/callflows", { params: { path: account }, body });
    expect(created.status, JSON.stringify(created.error)).toBe(201);
    expect(created.data?.id).toMatch(/^[0-9a-f]{32}$/);

    const read = await client.GET("/accounts/{account_id}/callflows/{callflow_id}", {
      params: { path: { ...account, callflow_id: CALLFLOW } },
    });
    expect(read.status).toBe(200);
    const stored = read.data!;
    expect(stored.flow?.module).toBe("temporal_route");
    if (stored.flow?.module !== "temporal_route") throw new Error("unexpected flow");
    const branch = stored.flow.children?.[stored.flow.data.rules![0]!];
    expect(branch?.module).toBe("menu");
    expect(stored.metadata?.[USER]).toMatchObject({ pvt_type: "user" });
  });

  it("lists callflow summaries with the modules each flow uses", async () => {
    const { status, data } = await mock().GET("/accounts/{account_id}/callflows", { params: { path: account } });
    expect(status).toBe(200);
    expectTypeOf(data!).toEqualTypeOf<components["schemas"]["CallflowSummary"][]>();
    expect(data!.map((c) => c.modules)).toContainEqual(["user", "voicemail"]);
  });

  const invalid: [string, unknown][] = [
    ["a body of true instead of a document", true],
    ["user data of the wrong type", { numbers: ["1000"], flow: { module: "user", data: { id: 42 } } }],
    ["an unknown field in user data", { numbers: ["1000"], flow: { module: "user", data: { user_id: USER } } }],
    ["an unknown module", { numbers: ["1000"], flow: { module: "usr", data: {} } }],
    [
      "a wrong type deep in a menu branch",
      {
        numbers: ["1000"],
        flow: { ...menuWithDigits, children: { "1": { module: "voicemail", data: { id: VMBOX, max_message_length: "long" } } } },
      },
    ],
    [
      "a menu branch key that is not a digit",
      { numbers: ["1000"], flow: { module: "menu", data: {}, children: { one: userThenVoicemail } } },
    ],
  ];
  it.each(invalid)("rejects %s with 400", async (_, body) => {
    const client = mock();
    const created = await client.PUT("/accounts/{account_id}/callflows", { params: { path: account }, body: body as never });
    expect(created.status).toBe(400);
    const replaced = await client.POST("/accounts/{account_id}/callflows/{callflow_id}", {
      params: { path: { ...account, callflow_id: CALLFLOW } },
      body: body as never,
    });
    expect(replaced.status).toBe(400);
  });

  it("patches a callflow with a partial document, and rejects a patched flow of the wrong shape", async () => {
    const client = mock();
    const path = { ...account, callflow_id: CALLFLOW };
    expect(
      (
        await client.PATCH("/accounts/{account_id}/callflows/{callflow_id}", {
          params: { path },
          body: { name: "Sales", flow: userThenVoicemail },
        })
      ).status,
    ).toBe(200);
    const bad = await client.PATCH("/accounts/{account_id}/callflows/{callflow_id}", {
      params: { path },
      // @ts-expect-error a patched flow is still typed by module
      body: { flow: { module: "user", data: { timeout: "20" } } },
    });
    expect(bad.status).toBe(400);
  });
});

describe("callflows on the wire", () => {
  it("sends the document wrapped in data and returns the stored callflow unwrapped", async () => {
    const server = await startLocalServer((req, res) => {
      const doc = JSON.parse(req.body).data;
      json(res, 201, { status: "success", data: { ...doc, id: CALLFLOW } });
    });
    try {
      const client = createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "test-token" } });
      const { data } = await client.PUT("/accounts/{account_id}/callflows", {
        params: { path: account },
        body: { numbers: ["1000"], flow: userThenVoicemail },
      });
      expect(JSON.parse(server.seen[0]!.body)).toEqual({ data: { numbers: ["1000"], flow: userThenVoicemail } });
      expect(server.seen[0]!.path).toBe(`/v2/accounts/${ACCOUNT}/callflows`);
      expect(data).toEqual({ numbers: ["1000"], flow: userThenVoicemail, id: CALLFLOW });
    } finally {
      await server.close();
    }
  });
});

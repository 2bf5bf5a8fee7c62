// Kazoo devices through the generated client: documents and commands against the Prism mock (which validates
// every request against the spec), and the exact wire format of calls on a local stand-in.
import { type components, createKazooClient } from "@apispec/kazoo";
import { afterEach, describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const DEVICE = "4f3330e78e664bb57f8fb23fbaac2429";
const path = { account_id: ACCOUNT, device_id: DEVICE };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe("Kazoo devices against the mock", () => {
  const client = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });

  it("createDevice takes the bare document, with SIP settings, and answers 201 with the device", async () => {
    const { data, status } = await client.PUT("/accounts/{account_id}/devices", {
      params: { path: { account_id: ACCOUNT } },
      body: { name: "authn_by_ip", enabled: true, sip: { invite_format: "e164", ip: "203.0.113.10", method: "ip" } },
    });
    expect(status).toBe(201);
    expectTypeOf(data).toExtend<components["schemas"]["Device"] | undefined>();
    expect(data).toMatchObject({ id: DEVICE, name: "New Device", sip: { method: "password" } });
  });

  it("an unknown SIP authentication method is a compile error and a 400 from the mock", async () => {
    const { status } = await client.PUT("/accounts/{account_id}/devices", {
      params: { path: { account_id: ACCOUNT } },
      // @ts-expect-error sip.method is password or ip
      body: { name: "phone", sip: { method: "digest" } },
    });
    expect(status).toBe(400);
  });

  it("accepts provisioning keys: parking slots by number, line keys by string, null to remove one", async () => {
    const { status } = await client.PATCH("/accounts/{account_id}/devices/{device_id}", {
      params: { path },
      body: {
        provision: {
          combo_keys: { "1": { type: "parking", value: 3 }, "2": { type: "line", value: { label: "Main", value: "1" } }, "3": null },
        },
      },
    });
    expect(status).toBe(200);
    const { status: rejected } = await client.PATCH("/accounts/{account_id}/devices/{device_id}", {
      params: { path },
      body: { provision: { combo_keys: { "1": { type: "parking", value: 11 } } } },
    });
    expect(rejected).toBe(400);
  });

  it("listDevices pages through device summaries", async () => {
    const names: string[] = [];
    for await (const device of client.paginate("/accounts/{account_id}/devices", { params: { path: { account_id: ACCOUNT } } })) {
      expectTypeOf(device).toEqualTypeOf<components["schemas"]["DeviceSummary"]>();
      names.push(device.name!);
    }
    expect(names).toEqual(["MyPolycom"]);
  });

  it("lists the registered devices (not paged)", async () => {
    const { data } = await client.GET("/accounts/{account_id}/devices/status", { params: { path: { account_id: ACCOUNT } } });
    expect(data).toEqual([{ device_id: DEVICE, registered: true }]);
  });

  it("sends a SIP NOTIFY as the notify action, and refuses one without an event", async () => {
    const sent = await client.PUT("/accounts/{account_id}/devices/{device_id}", {
      params: { path },
      body: { action: "notify", data: { event: "check-sync" } },
    });
    expect(sent.status).toBe(201);
    expect(sent.data).toBe("NOTIFY sent");
    const refused = await client.PUT("/accounts/{account_id}/devices/{device_id}", {
      params: { path },
      // @ts-expect-error data.event is required
      body: { action: "notify", data: {} },
    });
    expect(refused.status).toBe(400);
  });

  it("asks the phone to re-sync", async () => {
    const { data, status } = await client.POST("/accounts/{account_id}/devices/{device_id}/sync", { params: { path } });
    expect(status).toBe(200);
    expect(data).toBe("sync request sent");
  });

  it("a blocking device quickcall takes custom application variables in the body", async () => {
    const { data, status } = await client.POST("/accounts/{account_id}/devices/{device_id}/quickcall/{number}", {
      params: { path: { ...path, number: "14155550123" } },
      body: { custom_application_vars: { foo: "bar" } },
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({ application_data: { route: "14155550123" }, custom_application_vars: { foo: "bar" } });
  });
});

describe("Kazoo devices on the wire", () => {
  it("wraps the NOTIFY command in data, with the action beside the nested data", async () => {
    const server = await startLocalServer((_, res) => json(res, 201, { status: "success", data: "NOTIFY sent" }));
    closers.push(server.close);
    const client = createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "test-token" }, retry: false });
    const { data } = await client.PUT("/accounts/{account_id}/devices/{device_id}", {
      params: { path },
      body: { action: "notify", data: { event: "check-sync" } },
    });
    expect(data).toBe("NOTIFY sent");
    expect(server.seen[0]!.path).toBe(`/v2/accounts/${ACCOUNT}/devices/${DEVICE}`);
    expect(JSON.parse(server.seen[0]!.body)).toEqual({ data: { action: "notify", data: { event: "check-sync" } } });
  });
});

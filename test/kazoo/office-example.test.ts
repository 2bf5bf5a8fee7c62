// The worked example examples/kazoo-office.ts, run as a user would run it: against the Kazoo Prism mock (which
// validates every body against the spec, the typed callflow included), with a fetch that records each exchange,
// and against a scripted server that gives every document an ID of its own, to show each step uses the IDs the
// earlier ones returned.
import { createKazooClient } from "@apispec/kazoo";
import { describe, expect, inject, it } from "vitest";
import { type OfficeIds, setUpOffice } from "../../examples/kazoo-office.js";
import { json, startLocalServer } from "../support/local-server.js";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const ACCOUNT_PATH = `/accounts/${ACCOUNT}`;

/** The requests of a complete set-up, in order. */
const STEPS = [
  ["PUT", "/users"],
  ["PUT", "/devices"],
  ["PUT", "/vmboxes"],
  ["PUT", "/temporal_rules"],
  ["PUT", "/temporal_rules"],
  ["PUT", "/temporal_rules"],
  ["PUT", "/temporal_rules"],
  ["PUT", "/temporal_rules_sets"],
  ["PUT", "/menus"],
  ["PUT", "/callflows"],
].map(([method, path]) => ({ method, path: `${ACCOUNT_PATH}${path}` }));

interface Exchange {
  method: string;
  path: string;
  token: string | null;
  sent: { data: Record<string, unknown> };
  status: number;
  answer: { data?: { id?: string } };
}

/** A fetch that passes each request on (after `change`, if given) and records what was sent and answered. */
function recordingFetch(change: (request: Request) => Request = (request) => request) {
  const exchanges: Exchange[] = [];
  const fetch = async (input: Request, init?: RequestInit) => {
    const request = change(input);
    const sent = await request.clone().text();
    const response = await globalThis.fetch(request, init);
    exchanges.push({
      method: request.method,
      path: new URL(request.url).pathname,
      token: request.headers.get("x-auth-token"),
      sent: JSON.parse(sent),
      status: response.status,
      answer: await response.clone().json(),
    });
    return response;
  };
  return { fetch, exchanges };
}

/** The main number's flow for these IDs, as the example's header draws it. */
function expectedFlow(ids: OfficeIds) {
  const voicemail = { module: "voicemail", data: { id: ids.vmboxId } };
  const menu = {
    module: "menu",
    data: { id: ids.menuId },
    children: { "1": { module: "user", data: { id: ids.userId, timeout: 20 }, children: { _: voicemail } }, "0": voicemail, _: voicemail },
  };
  return {
    module: "temporal_route",
    data: { timezone: "America/New_York", rules: [ids.businessHoursRuleId], rule_set: ids.afterHoursSetId },
    children: { [ids.businessHoursRuleId]: menu, rule_set: voicemail, _: voicemail },
  };
}

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/** Checks the bodies of a complete set-up against the IDs it returned. */
function expectBodies(exchanges: Exchange[], ids: OfficeIds) {
  const sent = exchanges.map((exchange) => exchange.sent);
  for (const body of sent) expect(Object.keys(body)).toEqual(["data"]);
  const [user, device, vmbox, businessHours, mornings, evenings, weekends, afterHours, menu, callflow] = sent.map((body) => body.data);
  expect(user).toMatchObject({ first_name: "Alice", last_name: "Jones", timezone: "America/New_York" });
  expect(device).toMatchObject({ name: "Alice's desk phone", owner_id: ids.userId, sip: { method: "password", username: "alice_desk" } });
  expect(device!.sip).toMatchObject({ password: expect.stringMatching(/^[\w-]{16}$/) });
  expect(vmbox).toMatchObject({ mailbox: "1001", owner_id: ids.userId });
  expect(businessHours).toEqual({
    name: "Business hours",
    cycle: "weekly",
    wdays: weekdays,
    time_window_start: 32400,
    time_window_stop: 61200,
  });
  expect(mornings).toMatchObject({ cycle: "weekly", wdays: weekdays, time_window_start: 0, time_window_stop: 32400 });
  expect(evenings).toMatchObject({ cycle: "weekly", wdays: weekdays, time_window_start: 61200, time_window_stop: 86400 });
  expect(weekends).toMatchObject({ cycle: "weekly", wdays: ["saturday", "sunday"] });
  expect(afterHours).toEqual({ name: "After hours", temporal_rules: ids.afterHoursRuleIds });
  expect(menu).toMatchObject({ name: "Main menu" });
  expect(callflow).toEqual({ name: "Main number", numbers: ["+14155550100"], flow: expectedFlow(ids) });
}

/** The steps as the mock sees them: below its base path (Kazoo's /v2). */
const atMock = (steps: typeof STEPS) =>
  steps.map(({ method, path }) => ({ method, path: `${new URL(inject("mockUrls").kazoo!).pathname}${path}` }));

describe("examples/kazoo-office.ts against the mock", () => {
  it("creates the office in order, every request accepted by the mock, and returns the IDs it answered", async () => {
    const { fetch, exchanges } = recordingFetch();
    const kazoo = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false, fetch });

    const ids = await setUpOffice(kazoo, ACCOUNT);

    expect(exchanges.map(({ method, path }) => ({ method, path }))).toEqual(atMock(STEPS));
    for (const exchange of exchanges) {
      expect(exchange.status, `${exchange.method} ${exchange.path}: ${JSON.stringify(exchange.answer)}`).toBe(201);
      expect(exchange.token).toBe("test-token");
    }
    const answered = exchanges.map((exchange) => exchange.answer.data?.id);
    expect(ids).toEqual({
      userId: answered[0],
      deviceId: answered[1],
      vmboxId: answered[2],
      businessHoursRuleId: answered[3],
      afterHoursRuleIds: answered.slice(4, 7),
      afterHoursSetId: answered[7],
      menuId: answered[8],
      callflowId: answered[9],
    });
    for (const id of [...Object.values(ids)].flat()) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expectBodies(exchanges, ids);
  });

  it("stops at the first step the mock refuses, and names it and the status", async () => {
    // The menu goes out without its required name, so the mock answers 400 as Kazoo would.
    const { fetch, exchanges } = recordingFetch((request) =>
      request.url.endsWith("/menus") ? new Request(request, { body: JSON.stringify({ data: { retries: 3 } }) }) : request,
    );
    const kazoo = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false, fetch });

    await expect(setUpOffice(kazoo, ACCOUNT)).rejects.toThrow(/^setUpOffice: createMenu failed with HTTP 400\b/);
    expect(exchanges.map(({ method, path }) => ({ method, path }))).toEqual(atMock(STEPS.slice(0, 9)));
    expect(exchanges.at(-1)!.status).toBe(400);
  });
});

describe("examples/kazoo-office.ts on the wire", () => {
  it("builds each document from the IDs the earlier answers carried", async () => {
    const server = await startLocalServer((req, res, index) => {
      const { data } = JSON.parse(req.body);
      json(res, 201, { status: "success", request_id: `req-${index}`, data: { ...data, id: String(index).padStart(32, "a") } });
    });
    try {
      const { fetch, exchanges } = recordingFetch();
      const kazoo = createKazooClient({ baseUrl: `${server.url}/v2`, credentials: { authToken: "test-token" }, fetch });
      const ids = await setUpOffice(kazoo, ACCOUNT);
      const id = (index: number) => String(index).padStart(32, "a");
      expect(ids).toEqual({
        userId: id(0),
        deviceId: id(1),
        vmboxId: id(2),
        businessHoursRuleId: id(3),
        afterHoursRuleIds: [id(4), id(5), id(6)],
        afterHoursSetId: id(7),
        menuId: id(8),
        callflowId: id(9),
      });
      expect(server.seen.map(({ method, path }) => ({ method, path }))).toEqual(
        STEPS.map(({ method, path }) => ({ method, path: `/v2${path}` })),
      );
      expectBodies(exchanges, ids);
    } finally {
      await server.close();
    }
  });

  it("reports a refused step by name, status and request ID, without the values Kazoo echoes", async () => {
    const server = await startLocalServer((req, res, index) => {
      const { data } = JSON.parse(req.body);
      if (req.path.endsWith("/devices")) {
        // Kazoo's validation errors quote the offending value: here the SIP password that was sent.
        json(res, 400, {
          status: "error",
          error: "400",
          message: "validation error",
          request_id: "req-device",
          data: { sip: { password: { maxLength: { message: "too long", value: data.sip.password } } } },
        });
      } else {
        json(res, 201, { status: "success", data: { ...data, id: String(index).padStart(32, "a") } });
      }
    });
    try {
      const kazoo = createKazooClient({ baseUrl: server.url, credentials: { authToken: "test-token" } });
      const failure = await setUpOffice(kazoo, ACCOUNT).then(
        () => expect.fail("setUpOffice resolved although the device was refused"),
        (error: unknown) => error as Error,
      );
      expect(failure.message).toBe("setUpOffice: createDevice failed with HTTP 400: validation error (request req-device)");
      expect(server.seen.map(({ path }) => path)).toEqual([`${ACCOUNT_PATH}/users`, `${ACCOUNT_PATH}/devices`]);
    } finally {
      await server.close();
    }
  });
});

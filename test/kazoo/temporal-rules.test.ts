// Temporal rules and rule sets through the generated Kazoo client, against the Prism mock of the spec:
// documents typed by `cycle`, bodies the mock refuses with a reason, and pageable listings.
import { type components, createKazooClient } from "@apispec/kazoo";
import { describe, expect, expectTypeOf, inject, it } from "vitest";

type TemporalRule = components["schemas"]["TemporalRule"];
const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const RULE = "5e1b7c0f2d9a4e6b8c3f1a2d4e6b8c0f";
const path = { account_id: ACCOUNT };
const kazoo = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });

/** The mock's reasons for refusing a request (Prism lists them in the sl-violations header). */
const violations = (response: Response) => response.headers.get("sl-violations") ?? "";

describe("temporal rules", () => {
  it("creates a rule from the document alone and answers the stored rule, narrowed by its cycle", async () => {
    const { data, status, envelope } = await kazoo.PUT("/accounts/{account_id}/temporal_rules", {
      params: { path },
      body: { name: "Christmas", cycle: "yearly", month: 12, days: [25], time_window_start: 0, time_window_stop: 86400 },
    });
    expect(status).toBe(201);
    expect(envelope).toMatchObject({ status: "success" });
    expect(data).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), cycle: "yearly", month: 12, days: [25] });
    expectTypeOf(data).toExtend<TemporalRule | undefined>();
    if (data?.cycle === "yearly") expectTypeOf(data.month).toEqualTypeOf<number>();
    if (data?.cycle === "weekly") expectTypeOf(data.wdays).toEqualTypeOf<components["schemas"]["TemporalRuleWeekday"][]>();
  });

  it("accepts a weekday 9-17 rule, a monthly ordinal rule and a one-off date", async () => {
    const bodies: components["schemas"]["TemporalRuleDoc"][] = [
      {
        name: "Business Hours",
        cycle: "weekly",
        wdays: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        time_window_start: 32400,
        time_window_stop: 61200,
      },
      { name: "Last friday", cycle: "monthly", ordinal: "last", wdays: ["friday"] },
      { name: "Closure", cycle: "date", start_date: 63887400000 },
    ];
    for (const body of bodies) {
      const { status, response } = await kazoo.PUT("/accounts/{account_id}/temporal_rules", { params: { path }, body });
      expect(status, violations(response)).toBe(201);
    }
  });

  it("refuses a weekly rule without weekdays: a type error, and a 400 naming wdays from the mock", async () => {
    const { status, error, response } = await kazoo.PUT("/accounts/{account_id}/temporal_rules", {
      params: { path },
      // @ts-expect-error a weekly rule needs wdays
      body: { name: "Weekly", cycle: "weekly" },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({ status: "error", error: "400" });
    expect(violations(response)).toContain("wdays");
  });

  it("refuses an unknown cycle, a weekday typo and seconds beyond the day", async () => {
    const bad: components["schemas"]["TemporalRuleDoc"][] = [
      // @ts-expect-error not a cycle
      { name: "Fortnight", cycle: "fortnightly" },
      // @ts-expect-error not a weekday
      { name: "Weekly", cycle: "weekly", wdays: ["funday"] },
      { name: "Late", cycle: "daily", time_window_stop: 90000 },
      // Kazoo evaluates one weekday with an ordinal, so two are refused.
      { name: "Two fridays", cycle: "monthly", ordinal: "first", wdays: ["friday", "monday"] },
    ];
    for (const body of bad) {
      const { status, response } = await kazoo.PUT("/accounts/{account_id}/temporal_rules", { params: { path }, body });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(violations(response), JSON.stringify(body)).toContain("body");
    }
  });

  it("patches a single field, removes one with null, and refuses to remove the name", async () => {
    const patched = await kazoo.PATCH("/accounts/{account_id}/temporal_rules/{temporal_rule_id}", {
      params: { path: { ...path, temporal_rule_id: RULE } },
      body: { time_window_stop: 57600, enabled: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.data).toMatchObject({ id: RULE, name: "Business Hours" });
    const refused = await kazoo.PATCH("/accounts/{account_id}/temporal_rules/{temporal_rule_id}", {
      params: { path: { ...path, temporal_rule_id: RULE } },
      // @ts-expect-error name is required, so it cannot be removed
      body: { name: null },
    });
    expect(refused.status).toBe(400);
  });

  it("pages through the listing of rule summaries", async () => {
    const names: string[] = [];
    for await (const rule of kazoo.paginate("/accounts/{account_id}/temporal_rules", { params: { path } })) {
      expectTypeOf(rule).toEqualTypeOf<components["schemas"]["TemporalRuleSummary"]>();
      names.push(rule.name!);
    }
    expect(names).toEqual(["Business Hours", "Holiday"]);
  });

  it("rejects a rule id that is not 32 hexadecimal characters", async () => {
    const { status } = await kazoo.GET("/accounts/{account_id}/temporal_rules/{temporal_rule_id}", {
      params: { path: { ...path, temporal_rule_id: "business-hours" } },
    });
    expect(status).toBe(400);
  });
});

describe("temporal rule sets", () => {
  it("creates an after-hours set of rule IDs", async () => {
    const { status, data } = await kazoo.PUT("/accounts/{account_id}/temporal_rules_sets", {
      params: { path },
      body: {
        name: "After Hours",
        temporal_rules: ["1a3c5e7b9d2f48a6c4e2b0d8f6a4c2e0", "6f4d2b0a8e1c47b5d3f1a9c7e5b3d1f9", "8c6a4e2d0b9f47a1c3e5d7b9f1a3c5e7"],
      },
    });
    expect(status).toBe(201);
    expect(data?.temporal_rules).toHaveLength(3);
  });

  it("refuses an empty rule list and rule names instead of IDs", async () => {
    for (const temporal_rules of [[], ["Business Hours"]]) {
      const { status, response } = await kazoo.PUT("/accounts/{account_id}/temporal_rules_sets", {
        params: { path },
        body: { name: "After Hours", temporal_rules },
      });
      expect(status).toBe(400);
      expect(violations(response)).toContain("temporal_rules");
    }
  });

  it("lists sets with their rules under `rules`", async () => {
    const { data } = await kazoo.GET("/accounts/{account_id}/temporal_rules_sets", { params: { path } });
    expect(data?.[0]).toMatchObject({ name: "After Hours", rules: expect.arrayContaining(["1a3c5e7b9d2f48a6c4e2b0d8f6a4c2e0"]) });
  });
});

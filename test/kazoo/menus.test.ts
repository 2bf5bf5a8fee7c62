// Menus (auto attendants) through the generated Kazoo client, against the Prism mock of the spec.
import { type components, createKazooClient } from "@apispec/kazoo";
import { describe, expect, expectTypeOf, inject, it } from "vitest";

const ACCOUNT = "3d2f7a91bc044e8da6b19f0c2e577a41";
const MENU = "2c4e6a8b0d1f43a5b7c9e1d3f5a7b9c1";
const path = { account_id: ACCOUNT };
const kazoo = createKazooClient({ baseUrl: inject("mockUrls").kazoo!, credentials: { authToken: "test-token" }, retry: false });
const violations = (response: Response) => response.headers.get("sl-violations") ?? "";

describe("menus", () => {
  it("creates a menu from the document alone and answers it with its id", async () => {
    const { status, data } = await kazoo.PUT("/accounts/{account_id}/menus", {
      params: { path },
      body: {
        name: "Main Menu",
        media: { greeting: "3c1e5a7b9d0f42a4b6c8e0d2f4a6b8c0", invalid_media: false },
        retries: 3,
        timeout: 10000,
        hunt: true,
      },
    });
    expect(status).toBe(201);
    expect(data).toMatchObject({ id: MENU, name: "Main Menu", retries: 3 });
    expectTypeOf(data!.media!.exit_media).toEqualTypeOf<boolean | string | undefined>();
    expectTypeOf(data!.id).toEqualTypeOf<string>();
  });

  it("refuses retries and timeouts out of Kazoo's ranges, and a timeout as text", async () => {
    const bad: components["schemas"]["MenuDoc"][] = [
      { name: "Main Menu", retries: 11 },
      { name: "Main Menu", timeout: 60001 },
      { name: "Main Menu", max_extension_length: 7 },
      { name: "Main Menu", media: { greeting: "ab" } },
      // @ts-expect-error timeouts are milliseconds, as integers
      { name: "Main Menu", timeout: "10s" },
    ];
    for (const body of bad) {
      const { status, response } = await kazoo.PUT("/accounts/{account_id}/menus", { params: { path }, body });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(violations(response), JSON.stringify(body)).toContain("body");
    }
  });

  it("refuses a menu without a name: a type error and a 400", async () => {
    // @ts-expect-error name is required
    const { status, response } = await kazoo.PUT("/accounts/{account_id}/menus", { params: { path }, body: { retries: 2 } });
    expect(status).toBe(400);
    expect(violations(response)).toContain("name");
  });

  it("patches hunting off and removes the allowed-extensions pattern with null", async () => {
    const { status, data } = await kazoo.PATCH("/accounts/{account_id}/menus/{menu_id}", {
      params: { path: { ...path, menu_id: MENU } },
      body: { hunt: false, hunt_allow: null },
    });
    expect(status).toBe(200);
    expectTypeOf(data!.hunt).toEqualTypeOf<boolean | undefined>();
  });

  it("lists menu summaries page by page", async () => {
    const menus: components["schemas"]["MenuSummary"][] = [];
    for await (const menu of kazoo.paginate("/accounts/{account_id}/menus", { params: { path } })) menus.push(menu);
    expect(menus).toEqual([{ id: MENU, name: "Main Menu", flags: [] }]);
  });

  it("filters the listing with the keys of `filters`, each a query parameter the mock checks", async () => {
    const filters = { filter_name: "Main Menu", has_key: "media.greeting", created_from: 63627345744, ascending: true };
    const ok = await kazoo.GET("/accounts/{account_id}/menus", { params: { path, query: { page_size: 5, filters } } });
    expect(ok.status, violations(ok.response)).toBe(200);
    const notANumber = { ...filters, created_from: "yesterday" as unknown as number };
    const bad = await kazoo.GET("/accounts/{account_id}/menus", { params: { path, query: { filters: notANumber } } });
    // The mock answers as Crossbar does: a 400 error envelope naming the field (x-mock-errors).
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.error)).toMatch(/created_from.*must be integer/);
  });

  it("deletes a menu and answers the deleted document", async () => {
    const { status, data } = await kazoo.DELETE("/accounts/{account_id}/menus/{menu_id}", { params: { path: { ...path, menu_id: MENU } } });
    expect(status).toBe(200);
    expect(data?.id).toBe(MENU);
  });
});

// Every Voxbone Recording API operation through the generated client, against the Prism mock.
import { type components, createVoxboneClient } from "@apispec/voxbone";
import { describe, expect, expectTypeOf, inject, it } from "vitest";
import { json, startLocalServer } from "../support/local-server.js";

type Profile = components["schemas"]["Profile"];
const client = createVoxboneClient({ baseUrl: inject("mockUrls").voxbone!, retry: false });
const profileInput = { remoteSipUri: "sip:+3225001234@example.com", record: true, recordPrompt: "default" as const };
const profile = { params: { path: { id: "1" } } };
const nested = { params: { path: { profileId: "1", id: "7" } } };

describe("Voxbone profiles", () => {
  it("listProfiles returns a bare array of profiles", async () => {
    const { data, status } = await client.GET("/profiles");
    expect(status).toBe(200);
    expectTypeOf(data!).toEqualTypeOf<Profile[]>();
    expect(Array.isArray(data)).toBe(true);
    expect(data![0]).toMatchObject({ record: expect.any(Boolean), recordFormat: expect.any(String) });
  });

  it("createProfile (PUT creates) returns the stored profile", async () => {
    const { data, status } = await client.PUT("/profiles", { body: profileInput });
    expect(status).toBe(200);
    expect(data).toMatchObject({ id: expect.any(String), recordPrompt: expect.stringMatching(/^(none|default|custom)$/) });
  });

  it("getProfile, updateProfile (POST updates) and deleteProfile address one profile", async () => {
    expect((await client.GET("/profiles/{id}", profile)).data).toMatchObject({ id: "1" });
    expect((await client.POST("/profiles/{id}", { ...profile, body: { record: false } })).status).toBe(200);
    expect((await client.DELETE("/profiles/{id}", profile)).status).toBe(200);
  });

  it("rejects a profile with an unknown recordPrompt or an over-long recordFormat, with the reason", async () => {
    // @ts-expect-error recordPrompt is an enum
    const badPrompt = await client.PUT("/profiles", { body: { recordPrompt: "loud" } });
    expect(badPrompt.status).toBeGreaterThanOrEqual(400);
    expect(badPrompt.status).toBeLessThan(500);
    expect(badPrompt.response.headers.get("sl-violations")).toContain("recordPrompt");

    const longFormat = await client.PUT("/profiles", { body: { recordFormat: "x".repeat(13) } });
    expect(longFormat.status).toBeGreaterThanOrEqual(400);
    expect(longFormat.response.headers.get("sl-violations")).toContain("recordFormat");
  });

  it("requires a baseUrl, because the vendor documents no server", () => {
    expect(process.env.VOXBONE_BASE_URL).toBeUndefined();
    expect(() => createVoxboneClient({})).toThrow(
      "createVoxboneClient: baseUrl (or VOXBONE_BASE_URL) is required: the vendor documents no server",
    );
  });
});

describe("Voxbone recordings", () => {
  it("lists, creates, reads, updates and deletes recordings", async () => {
    const list = await client.GET("/recordings");
    expectTypeOf(list.data![0]!.profileId).toEqualTypeOf<string | undefined>();
    expect(list.data![0]).toMatchObject({ id: expect.any(String) });
    expect((await client.PUT("/recordings", { body: { profileId: "1" } })).data).toMatchObject({ id: expect.any(String) });
    expect((await client.GET("/recordings/{id}", { params: { path: { id: "7" } } })).data).toMatchObject({ id: "7" });
    expect((await client.POST("/recordings/{id}", { params: { path: { id: "7" } }, body: {} })).status).toBe(200);
    expect((await client.DELETE("/recordings/{id}", { params: { path: { id: "7" } } })).status).toBe(200);
  });

  it("does the same below a profile", async () => {
    const below = { params: { path: { profileId: "1" } } };
    expect((await client.GET("/profiles/{profileId}/recordings", below)).data![0]).toMatchObject({ profileId: "1" });
    expect((await client.PUT("/profiles/{profileId}/recordings", { ...below, body: {} })).status).toBe(200);
    expect((await client.GET("/profiles/{profileId}/recordings/{id}", nested)).data).toMatchObject({ id: "7", profileId: "1" });
    expect((await client.POST("/profiles/{profileId}/recordings/{id}", { ...nested, body: {} })).status).toBe(200);
    expect((await client.DELETE("/profiles/{profileId}/recordings/{id}", nested)).status).toBe(200);
  });
});

describe("Voxbone retries", () => {
  it("never replays a PUT that creates (PUT creates here), but retries a GET", async () => {
    const server = await startLocalServer((_, res) => json(res, 503, { message: "busy" }));
    const local = createVoxboneClient({ baseUrl: server.url, retry: { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 2 } });
    try {
      expect((await local.PUT("/profiles", { body: { record: true } })).status).toBe(503);
      expect(server.seen).toHaveLength(1);
      expect((await local.GET("/profiles")).status).toBe(503);
      expect(server.seen).toHaveLength(4);
    } finally {
      await server.close();
    }
  });
});

// The curl command beside each TypeScript sample: the same example values, sent the way the spec says, and a
// command a shell runs as written (checked by running it through `sh -n` and by reading its words back with sh).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { renderCurlSamples } from "../../scripts/generator/render/curl.js";
import { fixture } from "./support.js";

/** The command's words as a shell splits them (with $STORE_URL and friends left as they are). */
function words(command: string, env: Record<string, string> = { STORE_URL: "$STORE_URL" }): string[] {
  const script = `set -- ${command.replace(/^#.*\n/, "").replace(/^curl /, "")}\nfor w in "$@"; do printf '%s\\0' "$w"; done`;
  const out = execFileSync("sh", ["-c", script], {
    env: { PATH: process.env.PATH, STORE_API_KEY: "$STORE_API_KEY", LOGIN_SESSION_TOKEN: "$LOGIN_SESSION_TOKEN", ...env },
  });
  return out.toString().split("\0").slice(0, -1);
}

describe("renderCurlSamples", () => {
  const curl = renderCurlSamples(fixture("store").model);

  it("writes one command per operation, under its summary", () => {
    expect(Object.keys(curl).sort()).toEqual(
      ["createItem", "createItemAt", "deleteItem", "getItemFile", "getItemLabel", "listItems", "replaceItemFile", "uploadItemFile"].sort(),
    );
    expect(curl.deleteItem).toMatch(/^# Delete an item\ncurl -X DELETE /);
  });

  it("sends the example body as JSON, quoted so that the shell keeps commas, quotes and dollars", () => {
    const argv = words(curl.createItem!);
    expect(argv.slice(0, 2)).toEqual(["-X", "POST"]);
    expect(argv[2]).toBe("$STORE_URL/items");
    expect(argv).toContain("Authorization: Bearer $STORE_API_KEY");
    expect(argv).toContain("Content-Type: application/json");
    expect(JSON.parse(argv[argv.indexOf("--data") + 1]!)).toEqual({ name: "Lamp, brass", tags: ["a,b"] });
  });

  it("defaults the base URL to the spec's server, fills path parameters, and sends credentials only where needed", () => {
    expect(words(curl.deleteItem!, {})[2]).toBe("https://store.example.com/v1/items/it-1");
    expect(words(curl.deleteItem!, { STORE_URL: "http://127.0.0.1:4010" })[2]).toBe("http://127.0.0.1:4010/items/it-1");
    expect(curl.getItemLabel).not.toContain("Authorization");
  });

  it("uploads files from disk: a multipart form with each part's media type, or the raw body", () => {
    const multipart = words(curl.uploadItemFile!);
    expect(multipart).toContain("file=@file;type=audio/mpeg");
    expect(multipart).toContain("meta=;type=application/json");
    expect(words(curl.replaceItemFile!)).toEqual(expect.arrayContaining(["Content-Type: audio/ogg", "--data-binary", "@file"]));
  });

  it("sends a login API's token in its header and an enveloped body as it goes on the wire", () => {
    const login = renderCurlSamples(fixture("login").model);
    const argv = words(login.logIn!);
    expect(JSON.parse(argv[argv.indexOf("--data") + 1]!)).toEqual({ data: { hash: "abc", realm: "main" } });
    const authed = Object.values(login).find((c) => c.includes("X-Token"));
    expect(authed).toContain('-H "X-Token: $LOGIN_SESSION_TOKEN"');
  });
});

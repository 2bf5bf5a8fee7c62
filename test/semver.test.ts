// `npm run diff` rates spec changes from a client's point of view (scripts/diff.js, specs/VERSIONING.md).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { root } from "../scripts/lib/apis.js";

const diff = (...args: string[]) => {
  const result = spawnSync(process.execPath, ["scripts/diff.js", ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, out: result.stdout + result.stderr };
};
const fixture = (name: string) => `test/fixtures/semver/${name}.yaml`;

describe("npm run diff", () => {
  it("rates a breaking edit as major and fails while the major version stays the same", () => {
    const { code, out } = diff("--files", fixture("base"), fixture("breaking"));
    expect(out).toContain("major change");
    expect(out).toContain("parameter query:locale added as required");
    expect(out).toContain("property name removed");
    expect(out).toContain("bump info.version to 2.0.0");
    expect(code).toBe(1);
  });

  it("rates a harmless edit as minor and passes", () => {
    const { code, out } = diff("--files", fixture("base"), fixture("harmless"));
    expect(out).toContain("minor change");
    expect(out).not.toContain("major");
    expect(code).toBe(0);
  });

  it("passes every API against its last release", () => {
    const { code, out } = diff("--check");
    expect(
      out
        .trim()
        .split("\n")
        .filter((line) => /^\w+: /.test(line)),
    ).toHaveLength(5);
    expect(code).toBe(0);
  });
});

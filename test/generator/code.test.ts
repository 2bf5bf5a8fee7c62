// The code helpers every renderer writes through: what they write must read back as the value it came from.
import { describe, expect, it } from "vitest";
import { camelCase, inlineLiteral, literal, pascalCase } from "../../scripts/generator/code.js";

const evaluate = (code: string) => new Function(`return (${code});`)();
const tricky = { "a,b": "x, y", 'quote"d': ['"', "c: d", null], nested: { "kebab-key": 1, ok: true, empty: {}, none: [] } };

describe("literal and inlineLiteral", () => {
  it("write values with commas, colons, quotes and non-identifier keys that read back unchanged", () => {
    expect(evaluate(literal(tricky))).toEqual(tricky);
    expect(evaluate(inlineLiteral(tricky))).toEqual(tricky);
  });

  it("leave identifier keys bare, as hand-written code does", () => {
    expect(inlineLiteral({ kind: "page", items: "content" })).toBe('{ kind: "page", items: "content" }');
    expect(literal({ a: [1] }, 1)).toBe("{\n    a: [\n      1,\n    ],\n  }");
  });
});

describe("pascalCase and camelCase", () => {
  it("make names from API and webhook names, hyphenated ones included", () => {
    expect(pascalCase("dotsub")).toBe("Dotsub");
    expect(pascalCase("call-recording")).toBe("CallRecording");
    expect(pascalCase("my_api")).toBe("MyApi");
    expect(pascalCase("taskNotification")).toBe("TaskNotification");
    expect(camelCase("call-recording")).toBe("callRecording");
  });
});

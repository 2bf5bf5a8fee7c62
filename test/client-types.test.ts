// What a consumer's compiler says about calls that are wrong in the ways people get them wrong: the diagnostics
// tsc gives a strict project that imports the generated clients, read through the TypeScript API.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../scripts/lib/apis.js";
import { consumerDiagnostics } from "./support/consumer-compiler.js";

mkdirSync(join(root, ".cache"), { recursive: true });
const dir = mkdtempSync(join(root, ".cache", "client-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SUBTITLES = '"/api/media/{mediaId}/languages/{languageId}/subtitles/{subtitleFormat}"';
const SUBTITLE_PARAMS = `params: { path: { mediaId: "27", languageId: "en-US", subtitleFormat: "VTT" } }`;
const PRELUDE = `import { createDotsubClient } from "@apispec/dotsub";
import { createDubformerClient } from "@apispec/dubformer";
import { createKazooClient } from "@apispec/kazoo";
const dotsub = createDotsubClient({ clientId: "id", clientSecret: "secret" });
const dubformer = createDubformerClient({ apiKey: "key" });
const kazoo = createKazooClient({ baseUrl: "http://127.0.0.1:4013", credentials: { authToken: "token" } });
`;

/** The snippets the tests below check, each a module of its own after the prelude: compiled together, once. */
const SNIPPETS = {
  unknownPaths: `await dotsub.GET("/api/medias");
await kazoo.GET("/acounts/{account_id}", { params: { path: { account_id: "a" } } });`,
  onlyPath: `await dubformer.DELETE("/api/v1/projects/{project_id}");`,
  textWithoutParseAs: `await dotsub.GET(${SUBTITLES}, { ${SUBTITLE_PARAMS} });`,
  textWithParseAs: `const { data } = await dotsub.GET(${SUBTITLES}, { ${SUBTITLE_PARAMS}, parseAs: "text" });
const text: string | undefined = data;
export { text };`,
  envelope: `const result = await kazoo.GET("/accounts/{account_id}", { params: { path: { account_id: "a" } } });
if (!result.error) {
  const name: string = result.data.name;
  const status: "success" | undefined = result.envelope?.status;
  const document: unknown = result.envelope?.data;
  console.log(name, status, document);
}`,
};

let diagnostics: Record<keyof typeof SNIPPETS, { code: number; at: string; message: string }[]>;
beforeAll(() => {
  const files = Object.keys(SNIPPETS).map((name) => join(dir, `${name}.ts`));
  for (const [name, body] of Object.entries(SNIPPETS)) {
    writeFileSync(join(dir, `${name}.ts`), `${PRELUDE}${body}\nexport { dotsub, dubformer, kazoo };\n`);
  }
  const found = consumerDiagnostics(files);
  diagnostics = Object.fromEntries(
    Object.keys(SNIPPETS).map((name) => [
      name,
      found.get(join(dir, `${name}.ts`))!.map(({ code, at, message }) => ({ code, at, message })),
    ]),
  ) as typeof diagnostics;
});

describe("a consumer's compiler", () => {
  it("names an unknown path at the path, with or without further arguments", () => {
    expect(diagnostics.unknownPaths.map(({ code, at }) => ({ code, at }))).toEqual([
      { code: 2345, at: '"/api/medias"' },
      { code: 2345, at: '"/acounts/{account_id}"' },
    ]);
    expect(diagnostics.unknownPaths[0]!.message).toContain("Argument of type '\"/api/medias\"' is not assignable");
  });

  it("still requires the parameters of a method's only path", () => {
    expect(diagnostics.onlyPath).toMatchObject([{ code: 2554 }]);
  });

  it("demands parseAs for an answer that is not JSON, and types the text it reads", () => {
    expect(diagnostics.textWithoutParseAs).toHaveLength(1);
    expect(diagnostics.textWithoutParseAs[0]!.message).toContain("Property 'parseAs' is missing");
    expect(diagnostics.textWithParseAs).toEqual([]);
  });

  it("types a Kazoo result's envelope as the whole success body, and its document as required on success", () => {
    expect(diagnostics.envelope).toEqual([]);
  });
});

// The consumer project's list of APIs, written from the fixtures (test/<api>/fixture.ts): each API's read through
// its published client, by path and by its named operation function, as TypeScript that is type-checked against the
// packages' declarations (apis.ts, for consumer.ts) and as data for require() (apis.json, for consumer.cjs).
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { Api } from "../../scripts/lib/apis.js";
import type { ApiFixture } from "../support/fixture.js";

export interface ConsumerApi {
  name: string;
  package: string;
  factory: string;
  options: unknown;
  read: ApiFixture["read"];
  /** The operationId of the read: its function in the package's `operations` entry. */
  operation: string;
}

export function consumerApis(fixtures: ApiFixture[], apis: Api[], mockUrls: Record<string, string>): ConsumerApi[] {
  return fixtures.map((fixture) => {
    const options = fixture.options(mockUrls[fixture.name]!);
    const spec = JSON.parse(readFileSync(apis.find((a) => a.name === fixture.name)!.bundlePath, "utf8"));
    const operation = spec.paths[fixture.read.path]?.[fixture.read.method.toLowerCase()]?.operationId;
    if (typeof operation !== "string") throw new Error(`test/${fixture.name}/fixture.ts: the read is no operation of the spec`);
    const api = {
      name: fixture.name,
      package: `@apispec/${fixture.name}`,
      factory: fixture.factory.name,
      options,
      read: fixture.read,
      operation,
    };
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(api)), api))
      throw new Error(`test/${fixture.name}/fixture.ts: the options and the read must be JSON data for the consumer project`);
    return api;
  });
}

/** apis.ts: literal options and calls, so that tsc checks them against each package's types. */
export function consumerSource(apis: ConsumerApi[]): string {
  const imports = apis.map(
    (api) =>
      `import { ${api.factory} } from ${JSON.stringify(api.package)};\n` +
      `import { ${api.operation} as ${api.name}Read } from ${JSON.stringify(`${api.package}/operations`)};`,
  );
  const reads = apis.map(
    (api) => `  ${JSON.stringify(api.name)}: async (): Promise<[number, unknown][]> => {
    const client = ${api.factory}(${JSON.stringify(api.options)});
    const { status, data } = await client.${api.read.method}(${JSON.stringify(api.read.path)}, ${JSON.stringify(api.read.init ?? {})});
    const typed: Typed<typeof data> = true;
    const named = await ${api.name}Read(client, ${JSON.stringify(api.read.init ?? {})});
    const namedTyped: Typed<typeof named.data> = true;
    return [[status, typed && data], [named.status, namedTyped && named.data]];
  },`,
  );
  return `// Written by test/packaging/packages.test.ts from the fixtures.
${imports.join("\n")}

/** The declarations give the answer a type: neither any nor unknown. */
type Typed<T> = 0 extends 1 & T ? false : unknown extends T ? false : true;

export const reads = {
${reads.join("\n")}
};
`;
}

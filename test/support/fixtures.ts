// Loads each API's test/<api>/fixture.ts, for the APIs in redocly.yaml, in that order.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { listApis, root } from "../../scripts/lib/apis.js";
import type { ApiFixture } from "./fixture.js";

export async function loadFixture(name: string): Promise<ApiFixture> {
  const file = join(root, "test", name, "fixture.ts");
  if (!existsSync(file)) {
    throw new Error(
      `API "${name}" (listed in redocly.yaml) has no fixture: add test/${name}/fixture.ts exporting \`fixture = defineFixture(...)\` (test/support/fixture.ts).`,
    );
  }
  const { fixture } = (await import(`../${name}/fixture.ts`)) as { fixture?: ApiFixture };
  if (fixture?.name !== name)
    throw new Error(`test/${name}/fixture.ts must export \`fixture\` with name "${name}", got ${JSON.stringify(fixture?.name)}.`);
  return fixture;
}

export function loadFixtures(): Promise<ApiFixture[]> {
  return Promise.all(listApis().map((api) => loadFixture(api.name)));
}

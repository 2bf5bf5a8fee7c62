// The renderer tests' inputs: a small spec under test/fixtures/generator/<name>/, read into the generator's model as
// scripts/generate.js would read a bundled spec. (Not an API fixture: those are test/<api>/fixture.ts.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Model, readModel } from "../../scripts/generator/model.js";
import { type Api, root } from "../../scripts/lib/apis.js";

export function fixture(name: "store" | "login", apiName: string = name): { api: Api; model: Model } {
  const specDir = join(root, "test/fixtures/generator", name);
  const api: Api = {
    name: apiName,
    specRoot: join(specDir, "openapi.yaml"),
    specDir,
    outDir: join(root, "generated", apiName),
    bundlePath: join(root, "generated", apiName, "openapi.json"),
    port: 0,
  };
  return { api, model: readModel(api, parse(readFileSync(api.specRoot, "utf8"))) };
}

/** The value of a `<name> = <literal>;` in generated code, evaluated: what the runtime will see. */
export function constant(code: string, name: string): unknown {
  const match = new RegExp(`(?:const|let) ${name}(?::[^=]+)? = ([\\s\\S]*?);\\n(?:\\n|$)`).exec(code);
  if (!match) throw new Error(`no constant ${name} in the code`);
  return new Function(`return (${match[1]});`)();
}

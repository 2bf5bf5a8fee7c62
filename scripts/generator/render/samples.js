// samples/<operationId>.ts of a client package: a runnable, type-checked call per operation, filled with the
// spec's own example values (also published as the operation's `x-codeSamples`).

import { exampleOptions } from "./auth.js";
import { exampleCall } from "./example-call.js";
import { sampleFile } from "./openapi-json.js";

/** The longest line a sample keeps; longer option objects are written one member a line. */
const LINE_WIDTH = 100;

/**
 * An object literal of code (`{ a: x, b: { c: y } }`, as the auth renderer writes options) one member a line where it
 * does not fit on the line it starts at column `indent`.
 * @param {string} code
 * @param {number} [indent]
 * @returns {string}
 */
export function wrapObject(code, indent = 0) {
  const fit = indent + code.length <= LINE_WIDTH - 20;
  if (fit || !code.startsWith("{ ") || !code.endsWith(" }")) return code;
  const pad = " ".repeat(indent + 2);
  const members = splitMembers(code.slice(2, -2)).map((member) => {
    const colon = member.indexOf(": ");
    if (colon < 0) return member;
    return `${member.slice(0, colon + 2)}${wrapObject(member.slice(colon + 2), indent + 2)}`;
  });
  return `{\n${members.map((m) => `${pad}${m},`).join("\n")}\n${" ".repeat(indent)}}`;
}

/**
 * The members of an object literal's body, split at the commas outside braces, brackets, parentheses and strings.
 * @param {string} body
 */
function splitMembers(body) {
  const members = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      members.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  members.push(body.slice(start).trim());
  return members.filter(Boolean);
}

/**
 * @param {import("../model.js").Model} model
 * @returns {Record<string, string>} by file name
 */
export function renderSamples(model) {
  const { info, operations } = model;
  const options = exampleOptions(model);
  return Object.fromEntries(
    operations.map((op) => {
      const { args, readsFile } = exampleCall(model, op);
      const source = `${readsFile ? 'import { readFile } from "node:fs/promises";\n' : ""}import { ${info.factory} } from "${info.name}";
import { ${op.operationId} } from "${info.name}/operations";

const ${info.camel} = ${info.factory}(${wrapObject(options)});

// ${op.summary}.
// The same call by path: ${info.camel}.${op.method}("${op.path}", init)
const { data, error, status } = await ${op.operationId}(${info.camel}${args ? `, ${args}` : ""});
if (error) throw new Error(\`${op.operationId} failed with HTTP \${status}\`);
console.log(data);
`;
      return [sampleFile(op), source];
    }),
  );
}

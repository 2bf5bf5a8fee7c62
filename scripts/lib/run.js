import { spawn } from "node:child_process";
import { join } from "node:path";
import { root } from "./apis.js";

/** The path of a tool installed in node_modules/.bin. */
export const bin = (/** @type {string} */ name) => join(root, "node_modules", ".bin", name);

// Redocly talks to its servers unless told not to; the build must work offline.
export const toolEnv = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/**
 * Runs a tool and resolves with its output (both streams, as they arrived) and its standard output alone, for a
 * tool whose report is there while it talks on stderr. `quiet` keeps the output unless the tool fails.
 * Redocly's Node 20 deprecation banner is dropped: it says nothing about our specs.
 * @param {string} command
 * @param {string[]} args
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string, stdout: string }>}
 */
export function run(command, args, { quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env: toolEnv, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const text = withoutBanner(out);
      if (!quiet || code !== 0) process.stdout.write(text);
      resolvePromise({ code: code ?? 1, output: text, stdout: withoutBanner(stdout) });
    });
  });
}

/** @param {string} text */
export function withoutBanner(text) {
  return text.replace(/\n? *╔[\s\S]*?╚═+╝\n?/g, "\n");
}

#!/usr/bin/env node
// Prints Redocly's agent-readiness score per API (`redocly score`). Target: 85 or more.
import { selectApis } from "./lib/apis.js";
import { bin, run } from "./lib/run.js";

const TARGET = 85;
const rows = [];
for (const api of selectApis(process.argv.slice(2))) {
  // The report is on stdout; Redocly's timing line on stderr could otherwise land inside it.
  const { code, stdout } = await run(bin("redocly"), ["score", api.name, "--format", "json"], { quiet: true });
  if (code !== 0) process.exit(code);
  const report = JSON.parse(stdout.slice(stdout.indexOf("{"), stdout.lastIndexOf("}") + 1));
  const [weakest] = /** @type {[string, number][]} */ (Object.entries(report.subscores)).sort((a, b) => a[1] - b[1]);
  if (!weakest) throw new Error(`redocly score reported no subscores for ${api.name}`);
  rows.push({
    API: api.name,
    "agent readiness": report.agentReadiness,
    discoverability: report.discoverability,
    operations: report.rawMetrics.operationCount,
    weakest: `${weakest[0]} ${(weakest[1] * 100).toFixed(0)}%`,
    target: report.agentReadiness >= TARGET ? `≥ ${TARGET} ✓` : `below ${TARGET}`,
  });
}
console.table(rows);

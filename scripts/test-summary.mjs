#!/usr/bin/env node
// Sums every workspace's vitest JSON report (test-results.json) into one plain line:
// "N passed, N failed". A workspace whose test script exists but left no report counts as one failure,
// so a crashed runner cannot pass silently.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = ["spec", "packages/signer", "packages/core", "apps/cli", "apps/demo-server"];

let passed = 0;
let failed = 0;
const lines = [];
for (const ws of workspaces) {
  const pkg = JSON.parse(readFileSync(join(root, ws, "package.json"), "utf8"));
  if (!pkg.scripts?.test) continue;
  const report = join(root, ws, "test-results.json");
  if (!existsSync(report)) {
    failed += 1;
    lines.push(`${ws}: no test report (the test run crashed or did not start)`);
    continue;
  }
  const r = JSON.parse(readFileSync(report, "utf8"));
  const wsFailed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
  passed += r.numPassedTests;
  failed += wsFailed;
  lines.push(`${ws}: ${r.numPassedTests} passed, ${wsFailed} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
console.error(lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);

#!/usr/bin/env node
// Adds up Jest `--json` result files and prints one line: `N passed, N failed` (read by CI).
// Usage: node scripts/jest-summary.js unit.json[:exitCode] [e2e.json[:exitCode] ...]
// A missing or unreadable file (Jest crashed before writing it), a suite that failed to run
// (numRuntimeErrorTestSuites), or a run that Jest marks unsuccessful or that exited non-zero
// with no failed test (no tests found, a failing globalSetup, ...) each count as a failure.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

for (const arg of process.argv.slice(2)) {
  const m = /^(.*):(\d+)$/.exec(arg);
  const file = m ? m[1] : arg;
  const exitCode = m ? Number(m[2]) : 0;
  let result;
  try {
    result = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`jest-summary: no usable results in ${file} (${error.code ?? error.message}); counted as 1 failure.`);
    failed += 1;
    continue;
  }
  const filePassed = result.numPassedTests ?? 0;
  let fileFailed = (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0);
  if (result.numRuntimeErrorTestSuites > 0) {
    console.error(`jest-summary: ${file}: ${result.numRuntimeErrorTestSuites} test suite(s) failed to run.`);
  }
  if ((result.success === false || exitCode !== 0) && fileFailed === 0) {
    console.error(
      `jest-summary: ${file}: Jest failed (exit code ${exitCode}) with no failed test; counted as 1 failure.`,
    );
    fileFailed = 1;
  }
  passed += filePassed;
  failed += fileFailed;
}

console.log(`${passed} passed, ${failed} failed`);

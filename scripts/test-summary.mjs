#!/usr/bin/env node
// Totals the JSON reports every package's vitest run writes (replayed by turbo on a cache hit),
// so the test command closes with one line counting every test in the workspace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const packagesDir = join(import.meta.dirname, '..', 'packages');
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const name of readdirSync(packagesDir)) {
  const report = join(packagesDir, name, 'reports', 'vitest.json');
  if (!existsSync(join(packagesDir, name, 'package.json'))) continue;
  if (!existsSync(report)) {
    missing.push(name);
    continue;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
if (missing.length) {
  console.error(`No test report for: ${missing.join(', ')}`);
  process.exitCode = 1;
}
if (passed === 0) process.exitCode = 1;
if (failed > 0) process.exitCode = 1;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);

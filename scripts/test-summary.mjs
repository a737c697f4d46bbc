#!/usr/bin/env node
// Totals the JSON reports every package's vitest run writes (replayed by turbo on a cache hit),
// so the test command closes with one line counting every test in the workspace.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testedPackages } from './support/tested-packages.mjs';

const root = join(import.meta.dirname, '..');
// Every workspace package `pnpm test` tests: the published ones and the reliability harness;
// with --all (`pnpm test:all`), the maintainers' end-to-end tests in scripts/ as well.
const all = process.argv.includes('--all');
const testedDirs = [
  ...testedPackages(root).map((dir) => join(root, dir)),
  join(root, 'tests'),
  ...(all ? [join(root, 'scripts')] : []),
];
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of testedDirs) {
  const report = join(dir, 'reports', 'vitest.json');
  if (!existsSync(join(dir, 'package.json'))) continue;
  if (!existsSync(report)) {
    missing.push(dir.slice(root.length + 1));
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
console.log(`tests${all ? ' (all)' : ''}: ${passed} passed, ${failed} failed, ${skipped} skipped`);

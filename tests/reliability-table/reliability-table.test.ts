import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { reliabilityTable, tableSettings } from './reliability-table.js';

// The README promises what the fault matrix checks, cell for cell. After changing a fault,
// `UPDATE_RELIABILITY_TABLE=1 pnpm --filter @workflow-clients/tests test` rewrites the table.
const readmePath = join(import.meta.dirname, '../../README.md');
const section = /<!-- reliability-table:start -->\n[\s\S]*?\n<!-- reliability-table:end -->/;

it("the README's Reliability table is the fault matrix's own expectations", () => {
  const readme = readFileSync(readmePath, 'utf8');
  const current = `<!-- reliability-table:start -->\n${reliabilityTable()}\n<!-- reliability-table:end -->`;
  if (process.env.UPDATE_RELIABILITY_TABLE === '1') writeFileSync(readmePath, readme.replace(section, current));
  expect(readFileSync(readmePath, 'utf8').match(section)?.[0]).toBe(current);
  expect(readme).toContain(`\`maxRetries: ${tableSettings.maxRetries}\``);
});

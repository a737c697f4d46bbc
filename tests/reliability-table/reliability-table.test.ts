import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { reliabilityTable, tableSettings, waitsTable } from './reliability-table.js';

// The README promises what the fault matrix and the wait tests check, cell for cell. After
// changing a fault, `UPDATE_RELIABILITY_TABLE=1 pnpm --filter @workflow-clients/tests test`
// rewrites the tables.
const readmePath = join(import.meta.dirname, '../../README.md');
const sections = {
  'reliability-table': reliabilityTable,
  'waits-table': waitsTable,
};

it.each(Object.entries(sections))("the README's %s is the tests' own expectations", (marker, make) => {
  const section = new RegExp(`<!-- ${marker}:start -->\\n[\\s\\S]*?\\n<!-- ${marker}:end -->`);
  const current = `<!-- ${marker}:start -->\n${make()}\n<!-- ${marker}:end -->`;
  if (process.env.UPDATE_RELIABILITY_TABLE === '1')
    writeFileSync(readmePath, readFileSync(readmePath, 'utf8').replace(section, current));
  const readme = readFileSync(readmePath, 'utf8');
  expect(readme.match(section)?.[0]).toBe(current);
  expect(readme).toContain(`\`maxRetries: ${tableSettings.maxRetries}\``);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { reliabilityTable, tableSettings, waitsTable } from './reliability-table.js';

// docs/reliability.md promises what the fault matrix and the wait tests check, cell for cell.
// After changing a fault, `UPDATE_RELIABILITY_TABLE=1 pnpm --filter @workflow-clients/tests test`
// rewrites the tables.
const pagePath = join(import.meta.dirname, '../../docs/reliability.md');
const sections = {
  'reliability-table': reliabilityTable,
  'waits-table': waitsTable,
};

it.each(Object.entries(sections))("docs/reliability.md's %s is the tests' own expectations", (marker, make) => {
  const section = new RegExp(`<!-- ${marker}:start -->\\n[\\s\\S]*?\\n<!-- ${marker}:end -->`);
  const current = `<!-- ${marker}:start -->\n${make()}\n<!-- ${marker}:end -->`;
  if (process.env.UPDATE_RELIABILITY_TABLE === '1')
    writeFileSync(pagePath, readFileSync(pagePath, 'utf8').replace(section, current));
  const page = readFileSync(pagePath, 'utf8');
  expect(page.match(section)?.[0]).toBe(current);
  expect(page).toContain(`\`maxRetries: ${tableSettings.maxRetries}\``);
});

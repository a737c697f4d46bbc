import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { reliabilityTable, tableSettings } from './reliability-table.js';

// The README promises what the fault matrix checks, cell for cell.
it("the README's Reliability table is the fault matrix's own expectations", () => {
  const readme = readFileSync(join(import.meta.dirname, '../../../../README.md'), 'utf8');
  expect(readme).toContain(reliabilityTable());
  expect(readme).toContain(`\`maxRetries: ${tableSettings.maxRetries}\``);
});

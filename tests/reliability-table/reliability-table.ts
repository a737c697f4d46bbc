import { VENDOR_NAMES } from '@workflow-clients/core';
import { vendors } from 'workflow-clients';
import { CELL_MAX_RETRIES, faults, type Expected } from '../fault-matrix/faults.js';
import { vendorCases } from '../support/vendor-cases.js';

// The README's Reliability table, made from the very definitions the fault matrix asserts,
// so that the table cannot claim what the tests do not check.

function cell({ outcome, attempts }: Expected): string {
  const result = outcome === 'ok' ? 'succeeds' : `\`${outcome}\``;
  return `${result}, ${attempts} request${attempts === 1 ? '' : 's'}`;
}

export function reliabilityTable(): string {
  const header = `| fault | ${vendors.map((vendor) => VENDOR_NAMES[vendor]).join(' | ')} |`;
  const rule = `|---|${vendors.map(() => '---').join('|')}|`;
  const rows = faults.map((fault) => `| ${fault.name} | ${vendors.map((vendor) => cell(fault.expected(vendorCases[vendor].idempotent))).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** The settings the table's request counts assume. */
export const tableSettings = { maxRetries: CELL_MAX_RETRIES };

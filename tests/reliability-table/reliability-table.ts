import { vendorNames, vendors } from 'workflow-clients';
import { CELL_MAX_RETRIES, type Expected, faults } from '../fault-matrix/faults.js';
import { vendorCases } from '../support/vendor-cases.js';
import { type WaitOutcome, waitFaults } from '../waits/wait-faults.js';

// The Reliability tables of docs/reliability.md, made from the very definitions the fault matrix and the
// wait tests assert, so that the tables cannot claim what the tests do not check.

function faultCell({ outcome, attempts, retryable, mayHaveStarted }: Expected): string {
  const result = outcome === 'ok' ? 'succeeds' : `\`${outcome}\``;
  const notes = [retryable && 'retryable', mayHaveStarted && 'may have started'].filter(Boolean);
  return `${result}, ${attempts} request${attempts === 1 ? '' : 's'}${notes.length ? `, ${notes.join(', ')}` : ''}`;
}

function waitCell(outcome: WaitOutcome): string {
  if (outcome.code === 'not offered') return 'not offered (a compile error)';
  if (outcome.code === 'returns the run') return 'returns the run: it is final';
  return `\`${outcome.code}\`, ${outcome.requests} request${outcome.requests === 1 ? '' : 's'}${outcome.connectionClosed ? ', connection closed' : ''}`;
}

function table(first: string, rows: Array<[string, string[]]>): string {
  const header = `| ${first} | ${vendors.map((vendor) => vendorNames[vendor]).join(' | ')} |`;
  const rule = `|---|${vendors.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map(([name, cells]) => `| ${name} | ${cells.join(' | ')} |`)].join('\n');
}

export function reliabilityTable(): string {
  return table(
    'fault',
    faults.map((fault) => [
      fault.name,
      vendors.map((vendor) => faultCell(fault.expected(vendorCases[vendor].idempotent))),
    ]),
  );
}

export function waitsTable(): string {
  return table(
    'wait',
    waitFaults.map((fault) => [fault.name, vendors.map((vendor) => waitCell(fault.expected(vendor)))]),
  );
}

/** The settings the table's request counts assume. */
export const tableSettings = { maxRetries: CELL_MAX_RETRIES };

import type { WorkflowRunStatus } from './provider.js';

export type StatusTable = Readonly<Record<string, WorkflowRunStatus>>;

/**
 * The status table of a spec that enumerates its status words: each word mapped, and no other.
 * A word the spec adds is a compile error in the vendor package that names it, so a new status
 * cannot slip through as "still running".
 */
export type StatusTableFor<Word extends string> = { readonly [W in Word]: WorkflowRunStatus };

/**
 * Maps a vendor's status word onto the common status. A word the table does not know is
 * taken as `running` (the run exists and has not said it ended); the word itself is kept.
 */
export function normalizeStatus(
  table: StatusTable,
  vendorStatus: string | undefined,
): { status: WorkflowRunStatus; vendorStatus?: string } {
  if (vendorStatus === undefined) return { status: 'running' };
  const status = Object.hasOwn(table, vendorStatus) ? table[vendorStatus] : undefined;
  return { status: status ?? 'running', vendorStatus };
}

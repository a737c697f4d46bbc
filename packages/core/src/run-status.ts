import type { WorkflowRunStatus } from './types.js';

export type StatusTable = Readonly<Record<string, WorkflowRunStatus>>;

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

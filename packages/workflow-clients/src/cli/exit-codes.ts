import type { WorkflowErrorCode } from '@workflow-clients/core';

/** What `workflow-clients` exits with; scripts may rely on these numbers. */
export const EXIT = {
  /** The run was started, or (with --wait) finished or waits for input; a read succeeded. */
  ok: 0,
  /** With --wait: the run ended failed or cancelled. */
  runFailed: 1,
  /** Bad usage or bad input; nothing was sent. */
  usage: 2,
  /** The vendor answered with an error: credentials, not found, rate limit, validation, server error. */
  refused: 3,
  /** No usable answer: the network failed, a timeout passed, or the wait was interrupted. */
  noAnswer: 4,
  /** The vendor's API has no such operation (reading a Wiv run, cancelling an Altostrat one). */
  notSupported: 5,
} as const;

export function exitCodeFor(code: WorkflowErrorCode): number {
  if (code === 'invalid_input') return EXIT.usage;
  if (code === 'network' || code === 'timeout' || code === 'aborted') return EXIT.noAnswer;
  if (code === 'not_supported') return EXIT.notSupported;
  return EXIT.refused;
}

import type { WaitOptions, WorkflowRun } from '@workflow-clients/core';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { createProgress } from '../progress.js';

/**
 * Waits for a run to settle, showing progress on stderr, then prints it: what `run --wait` and
 * `wait` share. A wait cut short rethrows, and the run as last seen is printed with the error.
 */
export async function followRun(
  context: CommandContext,
  start: WorkflowRun,
  waitFor: (options: WaitOptions) => Promise<WorkflowRun>,
  timeoutMs: number | undefined,
): Promise<number> {
  const { io } = context;
  let run = start;
  context.startedRun = run;
  // The run's id comes first: if the wait is cut short, even by a kill, it has been said.
  const label = `${run.vendor} ${run.workflowId}${run.runId ? ` run ${run.runId}` : ''}`;
  const progress = createProgress(io.stderr, label, run);
  try {
    run = await waitFor({
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      onProgress: (latest) => {
        context.startedRun = latest;
        progress.update(latest);
      },
    });
  } finally {
    progress.stop();
  }
  context.printRun(run);
  return run.status === 'failed' || run.status === 'cancelled' ? EXIT.runFailed : EXIT.ok;
}

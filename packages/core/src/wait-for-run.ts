import { MAX_TIMEOUT_MS, delay } from './delay.js';
import { WorkflowApiError, vendorName } from './errors.js';
import type { RunOptions, WaitOptions, WorkflowRun, WorkflowRunStatus } from './types.js';
import type { VendorSlug } from './vendors.js';

export const DEFAULT_WAIT_INTERVAL_MS = 1_000;
export const DEFAULT_WAIT_TIMEOUT_MS = 600_000;
export const MAX_WAIT_INTERVAL_MS = 30_000;

/** Statuses a run does not leave without someone acting: polling them again would change nothing. */
const SETTLED: ReadonlySet<WorkflowRunStatus> = new Set(['succeeded', 'failed', 'cancelled', 'waiting_for_input']);

export function isSettled(run: Pick<WorkflowRun, 'status'>): boolean {
  return SETTLED.has(run.status);
}

type GetRun<R> = (workflowId: string, runId: string, options?: RunOptions) => Promise<R>;

/**
 * Polls `getRun` until the run settles, with a pause that grows 1.5 times per poll. A
 * `rate_limited` answer is waited out (its `Retry-After`, or the current pause) rather than
 * ending the wait, and a run whose rate limit reports nothing remaining is polled half as often.
 */
export async function waitForRun<R extends WorkflowRun>(
  vendor: VendorSlug,
  getRun: GetRun<R> | undefined,
  given: WorkflowRun,
  options: WaitOptions<R['raw']> = {},
): Promise<R> {
  const { signal, onProgress } = options;
  if (given?.vendor !== vendor) {
    throw new WorkflowApiError({ vendor, code: 'invalid_input', message: `This run is not a ${vendorName(vendor)} run.` });
  }
  // A run of this vendor is one its provider made, so it has this vendor's raw shape.
  const run = given as R;
  const intervalMs = checkDuration(vendor, 'intervalMs', options.intervalMs, DEFAULT_WAIT_INTERVAL_MS);
  const timeoutMs = checkDuration(vendor, 'timeoutMs', options.timeoutMs, DEFAULT_WAIT_TIMEOUT_MS);
  if (isSettled(run)) return run;
  if (!getRun) {
    throw new WorkflowApiError({
      vendor,
      code: 'not_supported',
      message: `${vendorName(vendor)} has no endpoint to read a run back, so a ${run.status} run cannot be waited for.`,
    });
  }
  if (!run.runId) {
    throw new WorkflowApiError({ vendor, code: 'invalid_input', message: 'The run has no `runId` to poll.' });
  }
  const deadline = Date.now() + timeoutMs;
  let pause = intervalMs;
  let latest = run;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new WorkflowApiError({
        vendor,
        code: 'timeout',
        message: `The ${vendorName(vendor)} run ${run.runId} was still ${latest.status} after ${timeoutMs} ms of waiting.`,
      });
    }
    await pauseFor(vendor, Math.min(pause, left), signal);
    try {
      latest = await getRun(run.workflowId, run.runId, signal ? { signal } : {});
    } catch (error) {
      if (!(error instanceof WorkflowApiError && error.code === 'rate_limited')) throw error;
      pause = Math.max(pause, error.retryAfterMs ?? pause);
      continue;
    }
    onProgress?.(latest);
    if (isSettled(latest)) return latest;
    const exhausted = latest.rateLimit?.remaining === 0;
    pause = Math.min(MAX_WAIT_INTERVAL_MS, pause * (exhausted ? 2 : 1.5));
  }
}

function checkDuration(vendor: VendorSlug, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && value > 0 && value <= MAX_TIMEOUT_MS) return value;
  throw new WorkflowApiError({ vendor, code: 'invalid_input', message: `\`${name}\` must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS}.` });
}

function pauseFor(vendor: VendorSlug, ms: number, signal: AbortSignal | undefined): Promise<void> {
  return delay(ms, signal, () =>
    new WorkflowApiError({ vendor, code: 'aborted', message: `Waiting for the ${vendorName(vendor)} run was aborted by the caller.`, cause: signal?.reason }),
  );
}

import { watchAbort } from './abort-race.js';
import { delay } from './delay.js';
import { invalidInput, plainError } from './error-factory.js';
import { isWorkflowApiError, type WorkflowApiError } from './errors.js';
import type { CallOptions, WaitOptions, WorkflowRun } from './types.js';
import type { VendorInfo } from './vendor-definition.js';
import { checkWait, isSettled } from './wait-without-polling.js';

export const MAX_WAIT_INTERVAL_MS = 30_000;

type GetRun<R> = (workflowId: string, runId: string, options?: CallOptions) => Promise<R>;

/**
 * A provider's `waitForRun`, for a vendor that can read a run back: polls `getRun` (see
 * `waitForRun`). A separate module from the one for vendors that cannot, so that their bundles
 * carry no polling code.
 */
export function pollingWaiter<R extends WorkflowRun>(
  vendor: VendorInfo,
  getRun: GetRun<R>,
): (run: WorkflowRun, options?: WaitOptions<R['raw']>) => Promise<R> {
  return (run, options) => waitForRun(vendor, getRun, run, options);
}

/**
 * The pause after the `failures`-th poll in a row that was rate limited or met a server error:
 * drawn from [base·2^(failures-1), base·2^failures), at most MAX_WAIT_INTERVAL_MS ("equal
 * jitter": it always grows, and many waiters spread out).
 */
export function failedPollPauseMs(base: number, failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_WAIT_INTERVAL_MS, base * 2 ** failures);
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}

/** Why the wait's own controller aborted: its deadline, as opposed to the caller's signal. */
const DEADLINE = Symbol('deadline');

/**
 * Polls `getRun` until the run settles. `timeoutMs` bounds the whole wait: a poll still in
 * flight at the deadline is aborted, so the wait ends with `timeout` then, whatever the client's
 * own per-attempt timeout. Between polls the pause grows 1.5 times (twice, once the rate limit
 * reports nothing remaining), up to 30 s. A poll answered 429 or 5xx (after the client's own
 * retries) does not end the wait: the next one waits for its Retry-After, or backs off
 * exponentially with jitter; a Retry-After beyond the deadline ends it at once with that error.
 */
export async function waitForRun<R extends WorkflowRun>(
  vendor: VendorInfo,
  getRun: GetRun<R>,
  given: WorkflowRun,
  options: WaitOptions<R['raw']> = {},
): Promise<R> {
  const { signal, onProgress } = options;
  const { intervalMs, timeoutMs } = checkWait(vendor, given, options);
  // A run of this vendor is one its provider made, so it has this vendor's raw shape.
  const run = given as R;
  if (isSettled(run)) return run;
  if (!run.runId) throw invalidInput(vendor, 'The run has no `runId` to poll.');
  const aborted = () =>
    plainError(vendor, 'aborted', `Waiting for the ${vendor.name} run was aborted by the caller.`, signal?.reason);
  if (signal?.aborted) throw aborted();

  // One controller for the whole wait: it aborts the pause or the poll in flight, at the
  // deadline or when the caller's signal fires, with one listener on that signal throughout.
  const wait = new AbortController();
  const deadline = setTimeout(() => wait.abort(DEADLINE), timeoutMs);
  const stopWatching = signal ? watchAbort(signal, () => wait.abort(signal.reason)) : () => {};
  let latest = run;
  let lastFailure: WorkflowApiError | undefined;
  const ended = (error?: unknown) => {
    if (wait.signal.reason !== DEADLINE) return signal?.aborted ? aborted() : error;
    const word =
      latest.vendorStatus && latest.vendorStatus !== latest.status
        ? ` (${vendor.name} says "${latest.vendorStatus}")`
        : '';
    const last = lastFailure ? `; the last poll failed with ${lastFailure.code}` : '';
    return plainError(
      vendor,
      'timeout',
      `The ${vendor.name} run ${run.runId} was still ${latest.status}${word} after ${timeoutMs} ms of waiting${last}.`,
      lastFailure,
    );
  };
  try {
    const startedAt = Date.now();
    let pollPause = intervalMs;
    let pause = intervalMs;
    let failures = 0;
    for (;;) {
      await delay(pause, wait.signal, () => new Error('wait ended')).catch((error: unknown) => {
        throw ended(error);
      });
      try {
        latest = await getRun(run.workflowId, run.runId, { signal: wait.signal });
      } catch (error) {
        if (wait.signal.aborted) throw ended(error);
        if (!(isWorkflowApiError(error) && (error.code === 'rate_limited' || error.code === 'server_error')))
          throw error;
        lastFailure = error;
        failures += 1;
        const left = startedAt + timeoutMs - Date.now();
        if (error.retryAfterMs !== undefined && error.retryAfterMs > left) throw error;
        pause = error.retryAfterMs ?? failedPollPauseMs(pollPause, failures);
        continue;
      }
      failures = 0;
      onProgress?.(latest);
      if (isSettled(latest)) return latest;
      pollPause = Math.min(MAX_WAIT_INTERVAL_MS, pollPause * (latest.rateLimit?.remaining === 0 ? 2 : 1.5));
      pause = pollPause;
    }
  } finally {
    clearTimeout(deadline);
    stopWatching();
  }
}

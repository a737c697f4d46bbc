import { invalidInput, plainError } from '../errors/error-factory.js';
import type { WorkflowApiError } from '../errors/workflow-api-error.js';
import { ownOptions } from '../guards/own-options.js';
import { watchAbort } from '../utils/abort-race.js';
import { delay } from '../utils/delay.js';
import type { CallOptions, WaitOptions, WorkflowRun } from '../vendor/provider.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';
import { afterFailedRead, afterRead, startFollowing } from './follow-pace.js';
import { checkWait, checkWaitOptions, isSettled } from './wait-without-polling.js';

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

/** Why the wait's own controller aborted: its deadline, as opposed to the caller's signal. */
const DEADLINE = Symbol('deadline');

/** A run to follow: its ids, and the run as last seen, where it has been (a token gives only the ids). */
export interface RunToFollow<R extends WorkflowRun = WorkflowRun> {
  workflowId: string;
  runId: string;
  run?: R | undefined;
}

/**
 * Polls `getRun` until the run settles (see `followRun`), starting from a run this provider
 * returned.
 */
export async function waitForRun<R extends WorkflowRun>(
  vendor: VendorInfo,
  getRun: GetRun<R>,
  given: WorkflowRun,
  options: WaitOptions<R['raw']> = {},
): Promise<R> {
  checkWait(vendor, given, options);
  if (!isSettled(given) && !given.runId) throw invalidInput(vendor, 'The run has no `runId` to poll.');
  // A run of this vendor is one its provider made, so it has this vendor's raw shape.
  return followRun(
    vendor,
    getRun,
    { workflowId: given.workflowId, runId: given.runId as string, run: given as R },
    options,
  );
}

/**
 * Follows a run until it settles. Every option is checked, and an aborted signal refused, before
 * anything is read. `timeoutMs` bounds the whole wait from its first byte to its last: a run known
 * only by its ids is read at once, inside it, and a poll still in flight at the deadline is
 * aborted, so the wait ends with `timeout` then, whatever the client's own per-attempt timeout.
 * Between polls the pause grows 1.5 times (twice, once the rate limit reports nothing
 * remaining), up to 30 s. A poll answered 429 or 5xx (after the client's own retries) does not
 * end the wait: the next one waits for its Retry-After, or backs off exponentially with jitter;
 * a Retry-After beyond the deadline ends it at once with that error.
 */
export async function followRun<R extends WorkflowRun>(
  vendor: VendorInfo,
  getRun: GetRun<R>,
  from: RunToFollow<R>,
  given: WaitOptions<R['raw']> = {},
): Promise<R> {
  const options = ownOptions(vendor, given);
  const { signal, onProgress } = options;
  const { intervalMs, timeoutMs } = checkWaitOptions(vendor, options);
  const aborted = () =>
    plainError(vendor, 'aborted', `Waiting for the ${vendor.name} run was aborted by the caller.`, signal?.reason);
  if (signal?.aborted) throw aborted();
  if (from.run && isSettled(from.run)) return from.run;

  // One controller for the whole wait: it aborts the pause or the poll in flight, at the
  // deadline or when the caller's signal fires, with one listener on that signal throughout.
  const wait = new AbortController();
  const deadline = setTimeout(() => wait.abort(DEADLINE), timeoutMs);
  const stopWatching = signal ? watchAbort(signal, () => wait.abort(signal.reason)) : () => {};
  let latest = from.run;
  let lastFailure: WorkflowApiError | undefined;
  const ended = (error?: unknown) => {
    if (wait.signal.reason !== DEADLINE) return signal?.aborted ? aborted() : error;
    const word =
      latest?.vendorStatus && latest.vendorStatus !== latest.status
        ? ` (${vendor.name} says "${latest.vendorStatus}")`
        : '';
    const last = lastFailure ? `; the last poll failed with ${lastFailure.code}` : '';
    const state = latest ? `was still ${latest.status}${word}` : 'could not be read';
    return plainError(
      vendor,
      'timeout',
      `The ${vendor.name} run ${from.runId} ${state} after ${timeoutMs} ms of waiting${last}.`,
      lastFailure,
    );
  };
  try {
    const startedAt = Date.now();
    let { pace, pauseMs } = startFollowing(intervalMs, latest !== undefined);
    for (;;) {
      await delay(pauseMs, wait.signal, () => new Error('wait ended')).catch((error: unknown) => {
        throw ended(error);
      });
      let read: R;
      try {
        read = await getRun(from.workflowId, from.runId, { signal: wait.signal });
      } catch (error) {
        if (wait.signal.aborted) throw ended(error);
        const next = afterFailedRead(pace, error, startedAt + timeoutMs - Date.now());
        if (!next) throw error;
        lastFailure = error as WorkflowApiError;
        ({ pace, pauseMs } = next);
        continue;
      }
      latest = read;
      onProgress?.(read);
      if (isSettled(read)) return read;
      ({ pace, pauseMs } = afterRead(pace, read));
    }
  } finally {
    clearTimeout(deadline);
    stopWatching();
  }
}

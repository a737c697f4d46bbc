import { checkTimeoutMs } from '../client/client-options.js';
import { invalidInput, plainError } from '../errors/error-factory.js';
import { ownOptions } from '../guards/own-options.js';
import type { WaitOptions, WorkflowRun, WorkflowRunStatus } from '../vendor/provider.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';

export const DEFAULT_WAIT_INTERVAL_MS = 1_000;
export const DEFAULT_WAIT_TIMEOUT_MS = 600_000;

/** Statuses a run does not leave without someone acting: polling them again would change nothing. */
const SETTLED: ReadonlySet<WorkflowRunStatus> = new Set(['succeeded', 'failed', 'cancelled', 'waiting_for_input']);

export function isSettled(run: Pick<WorkflowRun, 'status'>): boolean {
  return SETTLED.has(run.status);
}

/** The checks every wait makes first, polling or not: a run of this vendor, and sane options. */
export function checkWait(
  vendor: VendorInfo,
  given: WorkflowRun,
  options: WaitOptions<never>,
): { intervalMs: number; timeoutMs: number } {
  if (given?.vendor !== vendor.slug)
    throw invalidInput(
      vendor,
      `This run is not ${aOrAn(vendor.name)} ${vendor.name} run: wait for it with its own vendor's client.`,
    );
  return checkWaitOptions(vendor, ownOptions(vendor, options));
}

/** A wait's durations, defaulted, its signal and its progress callback checked. */
export function checkWaitOptions(
  vendor: VendorInfo,
  options: WaitOptions<never>,
): { intervalMs: number; timeoutMs: number } {
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    throw invalidInput(vendor, '`signal` must be an AbortSignal.');
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function')
    throw invalidInput(vendor, '`onProgress` must be a function.');
  return {
    intervalMs:
      options.intervalMs === undefined
        ? DEFAULT_WAIT_INTERVAL_MS
        : checkTimeoutMs(vendor, options.intervalMs, 'intervalMs'),
    timeoutMs:
      options.timeoutMs === undefined
        ? DEFAULT_WAIT_TIMEOUT_MS
        : checkTimeoutMs(vendor, options.timeoutMs, 'timeoutMs'),
  };
}

/**
 * `waitForRun` for a vendor with no endpoint to read a run back (Wiv, AI Tutor): a settled run
 * comes back as it is; any other is `not_supported`. The options are checked all the same, so
 * a bad one fails here as it would for any other vendor.
 */
export async function waitWithoutPolling<R extends WorkflowRun>(
  vendor: VendorInfo,
  given: WorkflowRun,
  options: WaitOptions<never> = {},
): Promise<R> {
  checkWait(vendor, given, options);
  const { signal } = ownOptions(vendor, options);
  if (signal?.aborted)
    throw plainError(vendor, 'aborted', `Waiting for the ${vendor.name} run was aborted by the caller.`, signal.reason);
  if (isSettled(given)) return given as R;
  throw plainError(
    vendor,
    'not_supported',
    `${vendor.name} has no endpoint to read a run back, so a ${given.status} run cannot be waited for.`,
  );
}

/** The article before a vendor's name: "an Altostrat run", "a Wiv run" (every name so far is read as spelt). */
const aOrAn = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

/** A provider's `waitForRun`, for a vendor that cannot read a run back (see `waitWithoutPolling`). */
export function settledOnlyWaiter<R extends WorkflowRun>(
  vendor: VendorInfo,
): (run: WorkflowRun, options?: WaitOptions<R['raw']>) => Promise<R> {
  return (run, options) => waitWithoutPolling<R>(vendor, run, options as WaitOptions<never>);
}

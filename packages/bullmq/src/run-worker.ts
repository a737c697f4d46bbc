import { isSettled, isWorkflowApiError, type WorkflowApiError, type WorkflowRun } from '@workflow-clients/core';
import { afterFailedRead, afterRead, backoffDelayMs, startFollowing } from '@workflow-clients/core/internal';
import { DelayedError, type Job, RateLimitError } from 'bullmq';
import type { QueueableProvider } from './queueable-provider.js';
import {
  cancelRequestedIn,
  type RunJobData,
  type RunState,
  type StoredError,
  stateOf,
  storedError,
  storedRun,
} from './run-job.js';

/** What one activation of a job works with. */
export interface ProcessContext {
  client: QueueableProvider;
  follow: { intervalMs: number; timeoutMs: number };
  /** How long a job's lock lasts: each check that the job is still this worker's renews it for this long. */
  lockDurationMs: number;
  /** Pauses every worker of the queue for `ms`: a 429 is the credential's, not one worker's. */
  pauseFleet(ms: number): Promise<void>;
  onSettled?: ((state: RunState) => unknown) | undefined;
  onUncertain?: ((state: RunState) => unknown) | undefined;
  reconcile?: ((state: RunState) => Promise<WorkflowRun | undefined>) | undefined;
}

/** Starts that fail before reaching the vendor are tried this many times, then the key settles with the error. */
export const MAX_START_FAILURES = 8;
/** A hook (`onSettled`, `reconcile`, `onUncertain`) that throws is told again, with backoff, at most this many times. */
export const MAX_HOOK_FAILURES = 30;
/** A 429 without a Retry-After pauses the fleet this long. */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 1_000;
/** How much earlier than the vendor's window a stored key is no longer resent. */
const WINDOW_MARGIN_MS = 3_600_000;

/**
 * Thrown when a job turned out to be another worker's: this one stopped answering for longer than
 * its lock (a long pause, a suspended machine), so the job was handed on. BullMQ then fails to
 * finish the job with this worker's lock, which leaves the job as the new holder keeps it.
 */
class JobLostError extends Error {
  constructor(job: Job<RunJobData>) {
    super(`Job ${String(job.id)} was taken over by another worker while this one was stopped.`);
    this.name = 'JobLostError';
  }
}

const cancelledBeforeStart: StoredError = {
  code: 'aborted',
  message: 'Cancelled before its start was sent: nothing reached the vendor.',
  retryable: false,
  mayHaveStarted: false,
};

/**
 * The processor of a run queue's jobs. Each activation does one thing with the vendor (start,
 * read, or cancel) and records where the key stands before and after it: a start is recorded
 * before it is sent, so a job picked up again after a crash knows it may have reached the vendor;
 * a follow reschedules itself between reads (`moveToDelayed`), holding no worker slot, with the
 * pace and deadline stored in the job.
 */
export function createProcessor(context: ProcessContext) {
  const { client } = context;
  const { capabilities } = client;

  /**
   * Whether the job is still this worker's, renewing its lock if so. A worker that stopped for
   * longer than its lock may have lost the job to another, which has read what was recorded and
   * acted on it: what this one would send or record now could start a run twice, or overwrite
   * the other's newer record.
   */
  async function ensureOwned(job: Job<RunJobData>, lockToken: string | undefined): Promise<void> {
    if (lockToken === undefined) throw new Error(`Job ${String(job.id)} came without its lock token.`);
    const held = await job.extendLock(lockToken, context.lockDurationMs);
    if (Number(held) !== 1) throw new JobLostError(job);
  }

  async function record(job: Job<RunJobData>, lockToken: string | undefined, data: RunJobData): Promise<void> {
    await ensureOwned(job, lockToken);
    await job.updateData(data);
  }

  /**
   * Calls the caller's hook for where the key now stands, and answers with the data to record. A
   * hook that throws says nothing of the run, so the key stays where it is: it is recorded with
   * how often its hook threw and told again at the job's next activation, after a backoff, until
   * MAX_HOOK_FAILURES, when the job ends with the key recorded as never told.
   */
  async function tell(
    job: Job<RunJobData>,
    lockToken: string | undefined,
    data: RunJobData,
    hook: () => unknown,
  ): Promise<RunJobData> {
    try {
      await hook();
      const { untold: _untold, ...told } = data;
      return told;
    } catch {
      const failures = (data.untold?.failures ?? 0) + 1;
      const untold: RunJobData = { ...data, untold: { failures } };
      if (failures >= MAX_HOOK_FAILURES) return untold;
      await record(job, lockToken, untold);
      return reschedule(job, lockToken, backoffDelayMs(failures));
    }
  }

  async function settle(
    job: Job<RunJobData>,
    lockToken: string | undefined,
    data: RunJobData,
    cancelRequested: boolean,
  ): Promise<RunState> {
    const final: RunJobData = data.phase === 'settled' ? data : { ...data, phase: 'settled', settledAt: Date.now() };
    const state = stateOf(final, cancelRequested);
    // Told before it is recorded: a crash between the two tells again, never not at all. The
    // state is also the job's return value, which BullMQ stores only for the lock's holder.
    await ensureOwned(job, lockToken);
    await job.updateData(await tell(job, lockToken, final, () => context.onSettled?.(state)));
    return state;
  }

  async function reschedule(job: Job<RunJobData>, lockToken: string | undefined, pauseMs: number): Promise<never> {
    await job.moveToDelayed(Date.now() + Math.max(0, Math.round(pauseMs)), lockToken);
    throw new DelayedError();
  }

  async function rateLimited(
    job: Job<RunJobData>,
    lockToken: string | undefined,
    data: RunJobData,
    error: WorkflowApiError,
  ): Promise<never> {
    await record(job, lockToken, data);
    await context.pauseFleet(error.retryAfterMs ?? DEFAULT_RATE_LIMIT_PAUSE_MS);
    // Back to waiting for the whole queue's pause, not counted as a failed attempt.
    throw new RateLimitError();
  }

  async function uncertain(
    job: Job<RunJobData>,
    lockToken: string | undefined,
    data: RunJobData,
    evidence: StoredError,
  ): Promise<RunState> {
    // Recorded as untold until its hooks return: a crash before then tells them again.
    const marked: RunJobData = { ...data, phase: 'uncertain', error: evidence, untold: { failures: 0 } };
    await record(job, lockToken, marked);
    return tellUncertain(job, lockToken, marked);
  }

  /** Looks for the key's run with `reconcile`, following it if found, or else tells `onUncertain`. */
  async function tellUncertain(job: Job<RunJobData>, lockToken: string | undefined, marked: RunJobData) {
    const state = stateOf(marked, cancelRequestedIn(job.progress));
    let found: WorkflowRun | undefined;
    const told = await tell(job, lockToken, marked, async () => {
      found = await context.reconcile?.(state);
      if (!found) await context.onUncertain?.(state);
    });
    if (found) return started(job, lockToken, { ...told, error: undefined } as RunJobData, found);
    await record(job, lockToken, told);
    return state;
  }

  async function cancelRun(job: Job<RunJobData>, lockToken: string | undefined, data: RunJobData): Promise<RunState> {
    if (capabilities.cancel && data.token && client.handle) {
      const handle = client.handle(data.token);
      try {
        const run = await handle.cancel?.();
        return settle(
          job,
          lockToken,
          { ...data, ...(run ? { run: storedRun(run) } : {}), error: undefined } as RunJobData,
          true,
        );
      } catch (error) {
        if (!isWorkflowApiError(error)) throw error;
        return settle(job, lockToken, { ...data, error: storedError(error) }, true);
      }
    }
    const error: StoredError = {
      code: 'not_supported',
      message: `${client.vendor} cannot cancel a run: it is no longer followed, and may still run to its end.`,
      retryable: false,
      mayHaveStarted: true,
    };
    return settle(job, lockToken, { ...data, error }, true);
  }

  async function started(
    job: Job<RunJobData>,
    lockToken: string | undefined,
    data: RunJobData,
    run: WorkflowRun,
  ): Promise<RunState> {
    const token = capabilities.getRun && client.handle ? String(client.handle(run)) : undefined;
    const accepted: RunJobData = { ...data, run: storedRun(run), ...(token ? { token } : {}) };
    // Where nothing reads a run back, the job ends when the vendor accepted it; a run that
    // settled on return (AI Tutor) is the result.
    if (!token || isSettled(run)) return settle(job, lockToken, accepted, cancelRequestedIn(job.progress));
    // A cancel asked for while the start was in flight is read at the next activation, which
    // `cancel` brings forward: the job is never read back from the store on every activation.
    const { pace, pauseMs } = startFollowing(context.follow.intervalMs, true);
    const following: RunJobData = {
      ...accepted,
      phase: 'following',
      deadline: Date.now() + context.follow.timeoutMs,
      pace,
    };
    await record(job, lockToken, following);
    return reschedule(job, lockToken, pauseMs);
  }

  async function startFailed(
    job: Job<RunJobData>,
    lockToken: string | undefined,
    data: RunJobData,
    error: WorkflowApiError,
  ): Promise<RunState> {
    const queued: RunJobData = { ...data, phase: 'queued' };
    // A 429 is refused before anything runs: the key goes back to waiting for the fleet's pause.
    if (error.code === 'rate_limited') return rateLimited(job, lockToken, queued, error);
    if (!error.mayHaveStarted && error.retryable) {
      const startFailures = (data.startFailures ?? 0) + 1;
      if (startFailures > MAX_START_FAILURES)
        return settle(job, lockToken, { ...queued, startFailures, error: storedError(error) }, false);
      await record(job, lockToken, { ...queued, startFailures });
      return reschedule(job, lockToken, backoffDelayMs(startFailures));
    }
    // Refused (a 4xx, bad input): nothing started, and the same start would fail again.
    if (!error.mayHaveStarted) return settle(job, lockToken, { ...queued, error: storedError(error) }, false);
    return uncertain(job, lockToken, data, storedError(error));
  }

  async function start(job: Job<RunJobData>, lockToken: string | undefined, given: RunJobData): Promise<RunState> {
    if (cancelRequestedIn(job.progress)) return settle(job, lockToken, { ...given, error: cancelledBeforeStart }, true);
    const idempotencyKey = capabilities.idempotency
      ? (given.idempotencyKey ?? globalThis.crypto.randomUUID())
      : undefined;
    // Recorded before it is sent: from here on, a crash leaves evidence that it may have been.
    const data: RunJobData = {
      ...given,
      phase: 'starting',
      startingAt: given.startingAt ?? Date.now(),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    };
    await record(job, lockToken, data);
    // Checked again once the start is recorded: a worker that took the job over from here on
    // finds the record and does not send it, so this one sends it only while the job is still its own.
    await ensureOwned(job, lockToken);
    let run: WorkflowRun;
    try {
      // Sent once per activation: a failure is the queue's to retry (a 429 pauses every worker),
      // rather than a retry inside the call holding a worker slot.
      run = await client.run(data.workflowId, data.input, {
        maxRetries: 0,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      });
    } catch (error) {
      if (!isWorkflowApiError(error)) throw error;
      return startFailed(job, lockToken, data, error);
    }
    return started(job, lockToken, data, run);
  }

  /** Picked up again while `starting`: the worker stopped after recording the start, perhaps after sending it. */
  async function resume(job: Job<RunJobData>, lockToken: string | undefined, data: RunJobData): Promise<RunState> {
    const window = capabilities.idempotencyWindowMs;
    const withinWindow =
      window === undefined || Date.now() - (data.startingAt ?? 0) < window - Math.min(WINDOW_MARGIN_MS, window / 2);
    // Resent with the key it was sent with, the vendor answers with the run it started, if any.
    if (capabilities.idempotency && data.idempotencyKey && withinWindow) return start(job, lockToken, data);
    return uncertain(job, lockToken, data, {
      code: 'network',
      message:
        `The worker stopped after recording this start, and may have sent it: ${client.vendor} may have started ` +
        `the run${capabilities.idempotency ? ', and its idempotency key has expired' : ', and does not deduplicate'}, ` +
        'so it is not sent again.',
      retryable: false,
      mayHaveStarted: true,
    });
  }

  async function follow(job: Job<RunJobData>, lockToken: string | undefined, data: RunJobData): Promise<RunState> {
    if (cancelRequestedIn(job.progress)) return cancelRun(job, lockToken, data);
    const left = (data.deadline ?? 0) - Date.now();
    if (left <= 0) {
      const error: StoredError = {
        code: 'timeout',
        message: `The run was still ${data.run?.status ?? 'unread'} when following it reached its timeoutMs.`,
        retryable: false,
        mayHaveStarted: true,
      };
      return settle(job, lockToken, { ...data, error }, false);
    }
    const pace = data.pace ?? startFollowing(context.follow.intervalMs, true).pace;
    let run: WorkflowRun;
    try {
      run = await (client.handle as NonNullable<QueueableProvider['handle']>)(data.token as string).status({
        totalTimeoutMs: Math.max(1, left),
        maxRetries: 0,
      });
    } catch (error) {
      if (!isWorkflowApiError(error)) throw error;
      if (error.code === 'rate_limited' && (error.retryAfterMs ?? 0) <= left)
        return rateLimited(job, lockToken, data, error);
      const next = afterFailedRead(pace, error, left);
      if (!next) return settle(job, lockToken, { ...data, error: storedError(error) }, false);
      await record(job, lockToken, { ...data, pace: next.pace });
      return reschedule(job, lockToken, Math.min(next.pauseMs, left));
    }
    const read: RunJobData = { ...data, run: storedRun(run) };
    // A run that settled needs no cancel, even one asked for while it was being read.
    if (isSettled(run)) return settle(job, lockToken, read, cancelRequestedIn(job.progress));
    const next = afterRead(pace, run);
    await record(job, lockToken, { ...read, pace: next.pace });
    return reschedule(job, lockToken, Math.min(next.pauseMs, left));
  }

  return async (job: Job<RunJobData>, lockToken?: string): Promise<RunState> => {
    const data = job.data;
    if (data?.v !== 1) throw new Error(`Job ${String(job.id)} is not a run queue's job.`);
    switch (data.phase) {
      case 'queued':
        return start(job, lockToken, data);
      case 'starting':
        return resume(job, lockToken, data);
      case 'following':
        return follow(job, lockToken, data);
      // A key whose hook threw, or whose worker stopped before telling it: told again.
      case 'settled':
        if (data.untold) return settle(job, lockToken, data, cancelRequestedIn(job.progress));
        return stateOf(data, cancelRequestedIn(job.progress));
      case 'uncertain':
        if (data.untold) return tellUncertain(job, lockToken, data);
        return stateOf(data, cancelRequestedIn(job.progress));
      default:
        return stateOf(data, cancelRequestedIn(job.progress));
    }
  };
}

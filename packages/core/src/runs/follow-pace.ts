import { isWorkflowApiError } from '../errors/workflow-api-error.js';
import type { WorkflowRun } from '../vendor/provider.js';

// The pace of following a run: how long to pause before each read, after a read that found the
// run unsettled and after one that failed. Pure, so that a wait in memory (`followRun`) and one
// whose state is stored between reads (a queue's job) keep the same rules.

export const MAX_WAIT_INTERVAL_MS = 30_000;

/** Where a follow stands between two reads. Plain data, so a queue can store it in a job. */
export interface FollowPace {
  /** The pause after the next read that finds the run unsettled. */
  readonly pollPauseMs: number;
  /** Reads in a row that were rate limited or met a server error. */
  readonly failures: number;
  /** No read has found the run yet: the first pause after one is the interval itself. */
  readonly unread: boolean;
}

/** What comes next: the pause before the next read, and the pace after it. */
export interface FollowStep {
  pace: FollowPace;
  pauseMs: number;
}

/**
 * The pause after the `failures`-th read in a row that was rate limited or met a server error:
 * drawn from [base·2^(failures-1), base·2^failures), at most MAX_WAIT_INTERVAL_MS ("equal
 * jitter": it always grows, and many waiters spread out).
 */
export function failedPollPauseMs(base: number, failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_WAIT_INTERVAL_MS, base * 2 ** failures);
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}

/** A follow's start: a run already seen is read after the interval; one known only by its ids at once. */
export function startFollowing(intervalMs: number, seen: boolean): FollowStep {
  return { pace: { pollPauseMs: intervalMs, failures: 0, unread: !seen }, pauseMs: seen ? intervalMs : 0 };
}

/**
 * After a read that found the run unsettled: the pause grows 1.5 times (twice, once the rate
 * limit reports nothing remaining), up to MAX_WAIT_INTERVAL_MS; the first read of a run known
 * only by its ids is followed by the interval itself.
 */
export function afterRead(pace: FollowPace, run: Pick<WorkflowRun, 'rateLimit'>): FollowStep {
  const pollPauseMs = pace.unread
    ? pace.pollPauseMs
    : Math.min(MAX_WAIT_INTERVAL_MS, pace.pollPauseMs * (run.rateLimit?.remaining === 0 ? 2 : 1.5));
  return { pace: { pollPauseMs, failures: 0, unread: false }, pauseMs: pollPauseMs };
}

/**
 * After a read that failed: a 429 or a 5xx (after the client's own retries) does not end a
 * follow; the next read waits for its Retry-After, or backs off exponentially with jitter.
 * Undefined when the failure ends the follow: any other error, or a Retry-After past `leftMs`.
 */
export function afterFailedRead(
  pace: FollowPace,
  error: unknown,
  leftMs: number,
  random?: () => number,
): FollowStep | undefined {
  if (!(isWorkflowApiError(error) && (error.code === 'rate_limited' || error.code === 'server_error')))
    return undefined;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > leftMs) return undefined;
  const failures = pace.failures + 1;
  return {
    pace: { ...pace, failures },
    pauseMs: error.retryAfterMs ?? failedPollPauseMs(pace.pollPauseMs, failures, random),
  };
}

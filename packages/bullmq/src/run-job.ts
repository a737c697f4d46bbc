import type { WorkflowApiError, WorkflowErrorCode, WorkflowRun } from '@workflow-clients/core';
import type { FollowPace } from '@workflow-clients/core/internal';

/**
 * Where a key's run stands:
 * - `queued`: nothing has been sent for it yet;
 * - `starting`: its start was recorded, then sent; whether the vendor got it is not yet known;
 * - `following`: the vendor accepted it, and its token is stored; it is read until it settles;
 * - `uncertain`: its start may have reached a vendor that does not deduplicate, so it is never
 *   sent again; `error` holds the evidence, for a person or a `reconcile` to decide;
 * - `settled`: it ended: the run settled (or, where the vendor cannot read a run back, was
 *   accepted), the vendor refused it, it was cancelled, or following it ran out of time.
 */
export type RunPhase = 'queued' | 'starting' | 'following' | 'uncertain' | 'settled';

/** A run as a job stores it: the normalized run without the vendor's body, which can be large. */
export type StoredRun = Omit<WorkflowRun, 'raw'>;

/** An error as a job stores it: what a caller decides on, and the message. */
export interface StoredError {
  code: WorkflowErrorCode;
  message: string;
  retryable: boolean;
  mayHaveStarted: boolean;
  status?: number;
}

/** What a job holds between activations. Never a credential: inputs, ids and tokens only. */
export interface RunJobData {
  v: 1;
  key: string;
  workflowId: string;
  input: Record<string, unknown>;
  phase: RunPhase;
  /** The idempotency key the start is sent with, chosen before the first send (Altostrat). */
  idempotencyKey?: string;
  /** When the start was recorded, before it was sent. */
  startingAt?: number;
  /** Starts that failed before reaching the vendor (a 5xx with a key, a refused connection). */
  startFailures?: number;
  /** The run's token, once the vendor accepted it, where the vendor reads runs back. */
  token?: string;
  run?: StoredRun;
  error?: StoredError;
  /** When following ends with `timeout`, in ms since the epoch. */
  deadline?: number;
  pace?: FollowPace;
  settledAt?: number;
  /**
   * Set while the hook of the key's phase (`onSettled`, or `reconcile` then `onUncertain`) has
   * not returned: how often it threw. The job tells it again at its next activation.
   */
  untold?: { failures: number };
}

/** What `get(key)` tells about a key. */
export interface RunState {
  key: string;
  workflowId: string;
  phase: RunPhase;
  /** The run as last seen, without the vendor's body; absent until the vendor accepted it. */
  run?: StoredRun;
  /** The run's token, to follow it from anywhere (`handle(token)`), once the vendor accepted it. */
  token?: string;
  /** Why it ended without a settled run, or, when `uncertain`, the evidence. */
  error?: StoredError;
  /** The idempotency key its start is sent with, where the vendor deduplicates. */
  idempotencyKey?: string;
  /** A cancel was asked for. */
  cancelRequested: boolean;
}

/** The longest key taken: a job id is stored in every record of its job. */
export const MAX_KEY_CHARS = 256;

/**
 * The job id of a key. BullMQ refuses ids with a `:` (unless in exactly three parts) and ids
 * that are integers: the key is percent-encoded behind a prefix, so every key maps to an id it
 * takes, and no two keys to one.
 */
export function jobIdOf(key: string): string {
  return `run.${encodeURIComponent(key)}`;
}

export function storedError(error: WorkflowApiError): StoredError {
  return {
    code: error.code,
    message: error.message,
    retryable: error.retryable,
    mayHaveStarted: error.mayHaveStarted,
    ...(error.status === undefined ? {} : { status: error.status }),
  };
}

export function storedRun(run: WorkflowRun): StoredRun {
  const { raw: _raw, ...rest } = run;
  return JSON.parse(JSON.stringify(rest)) as StoredRun;
}

/** A job's state as `get` tells it; a job BullMQ failed (a worker crashed on it too often) is uncertain unless settled. */
export function stateOf(data: RunJobData, cancelRequested: boolean, failedReason?: string): RunState {
  const failed = failedReason !== undefined && data.phase !== 'settled';
  const phase: RunPhase = failed && data.phase !== 'queued' ? 'uncertain' : data.phase;
  const error: StoredError | undefined =
    failed && !data.error
      ? {
          code: 'network',
          message: `The job stopped: ${failedReason}.`,
          retryable: false,
          mayHaveStarted: phase !== 'queued',
        }
      : data.error;
  return {
    key: data.key,
    workflowId: data.workflowId,
    phase: failed && data.phase === 'queued' ? 'settled' : phase,
    ...(data.run ? { run: data.run } : {}),
    ...(data.token ? { token: data.token } : {}),
    ...(error ? { error } : {}),
    ...(data.idempotencyKey ? { idempotencyKey: data.idempotencyKey } : {}),
    cancelRequested,
  };
}

/** Whether a job's return value is the state its processor returned when the key ended. */
export function isRunState(value: unknown): value is RunState {
  if (typeof value !== 'object' || value === null) return false;
  const { key, phase } = value as { key?: unknown; phase?: unknown };
  return typeof key === 'string' && (phase === 'settled' || phase === 'uncertain');
}

/** The job's progress field carries one thing: the time a cancel was asked for. */
export function cancelRequestedIn(progress: unknown): boolean {
  return (
    typeof progress === 'object' && progress !== null && typeof (progress as { cancel?: unknown }).cancel === 'number'
  );
}

import type { WorkflowRun } from '@workflow-clients/core';
import { checkCall, invalidInput } from '@workflow-clients/core/internal';
import type { Job, Worker } from 'bullmq';
import { fleetLimiter, type RateLimit } from './fleet-limiter.js';
import type { QueueableProvider } from './queueable-provider.js';
import {
  cancelRequestedIn,
  isRunState,
  jobIdOf,
  MAX_KEY_CHARS,
  type RunJobData,
  type RunState,
  stateOf,
} from './run-job.js';
import { type RunStore, storeClasses, withinBound } from './run-store.js';
import { createProcessor } from './run-worker.js';

export interface RunQueueOptions {
  /** Where the queue lives: `{ redis: { host, port } }` or `{ postgres: 'postgres://…' }`. */
  store: RunStore;
  /** The queue's name: one queue per vendor credential, since a rate limit is the credential's. */
  queue: string;
  /** The vendor's limit on calls, kept by every worker of the queue together. */
  rateLimit?: RateLimit | undefined;
  follow?:
    | {
        /** The first pause between reads of a run, growing as `waitForRun`'s do. Default 2000. */
        intervalMs?: number | undefined;
        /** How long a run is followed before its key settles with `timeout`. Default 86 400 000 (a day). */
        timeoutMs?: number | undefined;
      }
    | undefined;
  /** How long `start`, `get` and `cancel` wait for the store before they reject. Default 10 000. */
  storeTimeoutMs?: number | undefined;
}

export interface StartOptions {
  /** The caller's key for this run: a key starts at most one run, however often it is started. */
  key: string;
}

export interface RunWorkerOptions {
  /** Jobs this worker handles at once. Default 10. */
  concurrency?: number | undefined;
  /**
   * Told once a key has settled: its run settled (or was accepted, where the vendor cannot read a
   * run back), was refused, cancelled, or outlived its follow. At least once: a worker that
   * crashes right after telling you tells again, with the same key and token. A hook that throws
   * (or rejects) leaves the key settled and is told again after a backoff, up to 30 times.
   */
  onSettled?: ((state: RunState) => void | Promise<void>) | undefined;
  /**
   * Told when a key becomes `uncertain` and `reconcile` found no run for it. At least once, and
   * told again, with `reconcile` first, when either throws: the key stays `uncertain`.
   */
  onUncertain?: ((state: RunState) => void | Promise<void>) | undefined;
  /**
   * Looks for the run of a key whose start may have reached the vendor (a listing searched for
   * its input, say): the run found is followed as if the start had answered with it.
   */
  reconcile?: ((state: RunState) => Promise<WorkflowRun | undefined>) | undefined;
  /** How long a job stays with a worker that stopped answering before another takes it over. Default 30 000. */
  lockDurationMs?: number | undefined;
  /** How often workers look for jobs whose worker stopped. Default 30 000. */
  stalledIntervalMs?: number | undefined;
}

/** A worker of a run queue, in this process. */
export interface RunWorker {
  /** Stops taking jobs, lets the ones in hand finish their activation, and disconnects. */
  close(): Promise<void>;
}

export interface RunQueue {
  /**
   * Queues a run of `workflowId` with `input` under `key`, after the checks the client itself
   * makes (`invalid_input`, with nothing queued). A key already queued, running or settled
   * starts nothing more. Resolves with where the key stands.
   */
  start(workflowId: string, input: Record<string, unknown> | undefined, options: StartOptions): Promise<RunState>;
  /** Where a key stands, or undefined for a key never started. */
  get(key: string): Promise<RunState | undefined>;
  /**
   * Asks for a key's run to be cancelled, wherever its job is: queued (it never starts),
   * starting, waiting between reads or being read. Where the vendor can cancel a run it is
   * cancelled there; elsewhere it is no longer followed, and the key says the vendor cannot cancel.
   */
  cancel(key: string): Promise<RunState | undefined>;
  /** A worker in this process; start as many processes as you like. */
  worker(options?: RunWorkerOptions): RunWorker;
  /** Closes the queue and every worker made here. */
  close(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 2_000;
const DEFAULT_FOLLOW_TIMEOUT_MS = 86_400_000;
const DEFAULT_STORE_TIMEOUT_MS = 10_000;

/**
 * A queue of workflow runs on BullMQ, for a fleet of workers: the job id is the caller's key, so
 * a key starts at most one run; the start is recorded before it is sent, and the run's token
 * once it is answered, so a job a crashed worker left is resumed, never blindly started again;
 * a follow reads the run once per activation and reschedules itself, holding no worker slot;
 * a 429 pauses every worker of the queue; the jobs hold inputs, ids and tokens, never the key.
 */
export function createRunQueue(client: QueueableProvider, options: RunQueueOptions): RunQueue {
  const refuse = (message: string) => invalidInput({ slug: client.vendor, name: client.vendor }, message);
  if (!client || typeof client.run !== 'function' || typeof client.capabilities !== 'object')
    throw new TypeError('createRunQueue needs a client, such as createWorkflowClient({ vendor }) makes.');
  const {
    queue: name,
    rateLimit,
    follow = {},
    storeTimeoutMs = DEFAULT_STORE_TIMEOUT_MS,
  } = options ?? ({} as RunQueueOptions);
  if (typeof name !== 'string' || name === '' || name.includes(':'))
    throw refuse('`queue` must be a name without a colon, one per vendor credential.');
  if (rateLimit !== undefined && !(Number.isInteger(rateLimit?.max) && rateLimit.max >= 1 && rateLimit.durationMs >= 1))
    throw refuse('`rateLimit` must be { max, durationMs }: a whole number of calls, 1 or more, per a duration in ms.');
  const intervalMs = follow.intervalMs ?? DEFAULT_INTERVAL_MS;
  const timeoutMs = follow.timeoutMs ?? DEFAULT_FOLLOW_TIMEOUT_MS;
  for (const [field, value] of [
    ['follow.intervalMs', intervalMs],
    ['follow.timeoutMs', timeoutMs],
    ['storeTimeoutMs', storeTimeoutMs],
  ] as const) {
    if (!(typeof value === 'number' && value > 0 && value <= 2_147_483_647))
      throw refuse(`\`${field}\` must be a number of milliseconds above 0.`);
  }
  const store = storeClasses(options.store, refuse);
  const bounded = <T>(what: string, work: () => Promise<T>) =>
    withinBound(client.vendor, store.name, storeTimeoutMs, what, work);
  const queue = new store.Queue<RunJobData, RunState>(name, { connection: store.connection as never });
  // An unreachable store is reported by each call, within its bound: not as an unhandled event.
  queue.on('error', () => {});
  const workers = new Set<Worker<RunJobData, RunState>>();
  const getJob = (key: string) => queue.getJob(jobIdOf(key)) as Promise<Job<RunJobData, RunState> | undefined>;

  function checkKey(key: unknown): string {
    if (typeof key !== 'string' || key === '' || key.length > MAX_KEY_CHARS)
      throw refuse(`A run's \`key\` must be a string of 1 to ${MAX_KEY_CHARS} characters.`);
    try {
      jobIdOf(key);
    } catch {
      throw refuse("A run's `key` must be well-formed Unicode: it holds a lone surrogate.");
    }
    return key;
  }

  /**
   * A job's state from what one read of it holds. A finished job's is the state its processor
   * returned, which BullMQ stores only for the holder of the job's lock: a worker that lost the job
   * while stopped can still write its data, but not this. BullMQ keeps the reason of a job it failed.
   */
  function stateOfJob(job: Job<RunJobData, RunState>): RunState {
    const failed = job.failedReason && job.finishedOn ? job.failedReason : undefined;
    if (job.finishedOn && !failed && isRunState(job.returnvalue))
      return {
        ...job.returnvalue,
        cancelRequested: job.returnvalue.cancelRequested || cancelRequestedIn(job.progress),
      };
    return stateOf(job.data, cancelRequestedIn(job.progress), failed);
  }

  /**
   * Brings a cancel forward to the job's next activation: a job waiting between reads is
   * promoted at once; one in the middle of an activation (its start or a read in flight) is
   * promoted as soon as it is delayed again, for a little while, and otherwise read at its next.
   */
  async function bringForward(job: Job<RunJobData, RunState>): Promise<void> {
    const until = Date.now() + Math.min(2_000, storeTimeoutMs / 2);
    for (;;) {
      const state = await job.getState();
      if (state === 'delayed') {
        await job.promote().catch(() => {});
        return;
      }
      if (state !== 'active' || Date.now() > until) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  return {
    async start(workflowId, input, startOptions) {
      const key = checkKey(startOptions?.key);
      // Every check the client makes before sending, with nothing sent and no key needed.
      await checkCall((checkOnly) => client.run(workflowId, input, checkOnly as never));
      const data: RunJobData = { v: 1, key, workflowId, input: input ?? {}, phase: 'queued' };
      const job = await bounded(`the start of key ${JSON.stringify(key.slice(0, 80))}`, () =>
        queue.add('run', data, { jobId: jobIdOf(key), removeOnComplete: false, removeOnFail: false }),
      );
      // An existing job is returned as it is stored: its own data, not this call's.
      const stored = await bounded('reading the key back', () => getJob(key));
      return stateOfJob(stored ?? (job as Job<RunJobData, RunState>));
    },

    async get(key) {
      const job = await bounded('reading the key', () => getJob(checkKey(key)));
      return job ? stateOfJob(job) : undefined;
    },

    async cancel(key) {
      return bounded('the cancel', async () => {
        const job = await getJob(checkKey(key));
        if (!job) return undefined;
        if (stateOfJob(job).phase !== 'settled') {
          // In the job's progress, which no worker writes: a worker's own write of the job's data
          // cannot overwrite the request.
          await job.updateProgress({ cancel: Date.now() });
          await bringForward(job);
        }
        return stateOfJob((await getJob(key)) ?? job);
      });
    },

    worker(workerOptions = {}) {
      const {
        concurrency = 10,
        onSettled,
        onUncertain,
        reconcile,
        lockDurationMs = 30_000,
        stalledIntervalMs = 30_000,
      } = workerOptions;
      const processor = createProcessor({
        client,
        follow: { intervalMs, timeoutMs },
        lockDurationMs,
        pauseFleet: (ms) => queue.rateLimit(ms),
        onSettled,
        onUncertain,
        reconcile,
      });
      const worker = new store.Worker<RunJobData, RunState>(name, (job, lockToken) => processor(job, lockToken), {
        connection: store.connection as never,
        concurrency,
        limiter: fleetLimiter(rateLimit),
        lockDuration: lockDurationMs,
        stalledInterval: stalledIntervalMs,
        // A job picked up after a crash resumes from what it recorded (see run-worker.ts), so it
        // may be picked up again; one that crashes its workers this often is given up on.
        maxStalledCount: 10,
        // A follow reschedules itself instead of failing; a start that fails does the same.
        autorun: true,
      });
      worker.on('error', () => {});
      workers.add(worker);
      return {
        async close() {
          workers.delete(worker);
          await worker.close();
        },
      };
    },

    async close() {
      await Promise.all([...workers].map((worker) => worker.close()));
      workers.clear();
      await queue.close();
    },
  };
}

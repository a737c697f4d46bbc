export { busiestWindow, type RateLimit } from './fleet-limiter.js';
export type { QueueableProvider } from './queueable-provider.js';
export type { RunPhase, RunState, StoredError, StoredRun } from './run-job.js';
export {
  createRunQueue,
  type RunQueue,
  type RunQueueOptions,
  type RunWorker,
  type RunWorkerOptions,
  type StartOptions,
} from './run-queue.js';
export type { RunStore } from './run-store.js';

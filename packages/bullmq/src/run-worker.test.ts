import type { Job } from 'bullmq';
import { describe, expect, it, vi } from 'vitest';
import type { QueueableProvider } from './queueable-provider.js';
import type { RunJobData } from './run-job.js';
import { createProcessor } from './run-worker.js';

// The rule that keeps a stopped worker from starting a run twice, where it lives: before each thing
// a worker cannot take back (a record, a start sent), it checks the job's lock is still its own.
// The fleet's tests (tests/fleet) freeze real worker processes past their locks on Redis and
// PostgreSQL; this pins down the order of the checks, which a freeze hits only by chance.

const LOCK_MS = 1_000;

/** A job as BullMQ hands it to a processor, whose lock is held for the checks `held` answers in turn. */
function fakeJob(held: number[]) {
  const calls: string[] = [];
  const job = {
    id: 'run.k',
    data: { v: 1, key: 'k', workflowId: 'w', input: {}, phase: 'queued' } satisfies RunJobData,
    progress: 0,
    extendLock: vi.fn(async (token: string, duration: number) => {
      calls.push(`extendLock ${token} ${duration}`);
      return held.shift() ?? 1;
    }),
    updateData: vi.fn(async (data: RunJobData) => {
      calls.push(`updateData ${data.phase}`);
    }),
    moveToDelayed: vi.fn(async () => {
      calls.push('moveToDelayed');
    }),
  };
  // The members a processor uses; the rest of BullMQ's Job is not reached.
  return { job: job as unknown as Job<RunJobData>, calls };
}

function processorFor(calls: string[]) {
  const client: QueueableProvider = {
    vendor: 'interactly',
    // A vendor that neither deduplicates nor reads runs back: its key settles once the start is answered.
    capabilities: { resume: false, getRun: false, cancel: false, idempotency: false, settlesOnReturn: false },
    run: async () => {
      calls.push('run sent');
      return { vendor: 'interactly', workflowId: 'w', runId: 'r', status: 'running', raw: {} };
    },
  };
  return createProcessor({
    client,
    follow: { intervalMs: 10, timeoutMs: 1_000 },
    lockDurationMs: LOCK_MS,
    pauseFleet: async () => {},
  });
}

describe('a worker that lost its job while it was stopped', () => {
  it('records and sends nothing when the lock is gone before the start is recorded', async () => {
    const { job, calls } = fakeJob([0]);
    await expect(processorFor(calls)(job, 'token')).rejects.toThrow(/taken over by another worker/);
    expect(calls).toEqual([`extendLock token ${LOCK_MS}`]);
  });

  it('does not send a start it recorded when the lock went between the record and the send', async () => {
    const { job, calls } = fakeJob([1, 0]);
    await expect(processorFor(calls)(job, 'token')).rejects.toThrow(/taken over by another worker/);
    expect(calls).toEqual([`extendLock token ${LOCK_MS}`, 'updateData starting', `extendLock token ${LOCK_MS}`]);
  });

  it('sends the start only after the recorded start was checked to be its own, and checks again before it settles', async () => {
    const { job, calls } = fakeJob([]);
    const state = await processorFor(calls)(job, 'token');
    expect(state).toMatchObject({ key: 'k', phase: 'settled' });
    expect(calls).toEqual([
      `extendLock token ${LOCK_MS}`,
      'updateData starting',
      `extendLock token ${LOCK_MS}`,
      'run sent',
      `extendLock token ${LOCK_MS}`,
      'updateData settled',
    ]);
  });

  it('is refused without a lock token: it cannot tell whether the job is its own', async () => {
    const { job, calls } = fakeJob([]);
    await expect(processorFor(calls)(job, undefined)).rejects.toThrow(/without its lock token/);
    expect(calls).toEqual([]);
  });
});

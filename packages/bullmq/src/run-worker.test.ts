import { DelayedError, type Job } from 'bullmq';
import { describe, expect, it, vi } from 'vitest';
import type { QueueableProvider } from './queueable-provider.js';
import type { RunJobData } from './run-job.js';
import { createProcessor, MAX_HOOK_FAILURES, type ProcessContext } from './run-worker.js';

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
    data: { v: 1, key: 'k', workflowId: 'w', input: {}, phase: 'queued' } as RunJobData,
    progress: 0,
    extendLock: vi.fn(async (token: string, duration: number) => {
      calls.push(`extendLock ${token} ${duration}`);
      return held.shift() ?? 1;
    }),
    updateData: vi.fn(async (data: RunJobData) => {
      calls.push(`updateData ${data.phase}${data.untold ? ` untold ${data.untold.failures}` : ''}`);
      job.data = data;
    }),
    moveToDelayed: vi.fn(async () => {
      calls.push('moveToDelayed');
    }),
  };
  // The members a processor uses; the rest of BullMQ's Job is not reached.
  return { job: job as unknown as Job<RunJobData>, calls };
}

function processorFor(calls: string[], hooks: Pick<ProcessContext, 'onSettled' | 'onUncertain' | 'reconcile'> = {}) {
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
    ...hooks,
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

// A hook is the caller's code: when it throws, the key stays where the run put it, and the hook is
// told again at the job's next activation. The fleet's tests do this on a real store.
describe('a hook that throws', () => {
  const hookBroke = () => {
    throw new Error('hook broke');
  };

  it('leaves the key settled, sends nothing again, and is told again at the next activation', async () => {
    const { job, calls } = fakeJob([]);
    const told: string[] = [];
    const processor = processorFor(calls, {
      onSettled: (state) => {
        told.push(state.phase);
        if (told.length === 1) hookBroke();
      },
    });
    await expect(processor(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(calls.slice(-3)).toEqual([`extendLock token ${LOCK_MS}`, 'updateData settled untold 1', 'moveToDelayed']);
    calls.length = 0;
    expect(await processor(job, 'token')).toMatchObject({ key: 'k', phase: 'settled' });
    expect(calls).toEqual([`extendLock token ${LOCK_MS}`, 'updateData settled']);
    expect(told).toEqual(['settled', 'settled']);
  });

  it(`is told at most ${MAX_HOOK_FAILURES} times, and the job then ends with the key settled and recorded as untold`, async () => {
    const { job, calls } = fakeJob([]);
    let told = 0;
    const processor = processorFor(calls, {
      onSettled: () => {
        told += 1;
        hookBroke();
      },
    });
    for (let activation = 1; activation < MAX_HOOK_FAILURES; activation += 1)
      await expect(processor(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(await processor(job, 'token')).toMatchObject({ phase: 'settled' });
    expect(told).toBe(MAX_HOOK_FAILURES);
    expect(job.data).toMatchObject({ phase: 'settled', untold: { failures: MAX_HOOK_FAILURES } });
    expect(calls.filter((call) => call === 'run sent')).toHaveLength(1);
  });

  it('leaves an uncertain key uncertain, and looks for its run again before telling onUncertain again', async () => {
    const { job, calls } = fakeJob([]);
    // Picked up again after a worker stopped between recording the start and sending it.
    job.data = { ...job.data, phase: 'starting', startingAt: Date.now() };
    const asked: string[] = [];
    const processor = processorFor(calls, {
      reconcile: async () => {
        asked.push('reconcile');
        if (asked.length === 1) hookBroke();
        return undefined;
      },
      onUncertain: (state) => {
        asked.push(`onUncertain ${state.phase}`);
        if (asked.length === 3) hookBroke();
      },
    });
    await expect(processor(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    await expect(processor(job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(await processor(job, 'token')).toMatchObject({ phase: 'uncertain', error: { mayHaveStarted: true } });
    expect(asked).toEqual(['reconcile', 'reconcile', 'onUncertain uncertain', 'reconcile', 'onUncertain uncertain']);
    expect(job.data).toMatchObject({ phase: 'uncertain' });
    expect(job.data.untold).toBeUndefined();
    expect(calls).not.toContain('run sent');
  });
});

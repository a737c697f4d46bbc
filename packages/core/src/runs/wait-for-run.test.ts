import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkflowApiError } from '../errors/workflow-api-error.js';
import type { RunOptions, WorkflowRun, WorkflowRunStatus } from '../vendor/provider.js';
import { failedPollPauseMs, MAX_WAIT_INTERVAL_MS } from './follow-pace.js';
import { waitForRun } from './wait-for-run.js';
import { waitWithoutPolling } from './wait-without-polling.js';

// waitForRun's own rules, with a scripted getRun: what settles a wait, how the pauses grow,
// and how rate limits, timeouts and aborts end or stretch it.
// Core knows no vendor: these are made up.
const acme = { slug: 'acme', name: 'Acme' };
const globex = { slug: 'globex', name: 'Globex' };
const start: WorkflowRun = { vendor: 'acme', workflowId: 'fl_1', runId: 'fl_run_1', status: 'queued', raw: {} };

function scripted(...steps: Array<WorkflowRunStatus | WorkflowApiError | Partial<WorkflowRun>>) {
  const calls: number[] = [];
  const getRun = vi.fn(async () => {
    calls.push(Date.now());
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step instanceof WorkflowApiError) throw step;
    return { ...start, ...(typeof step === 'string' ? { status: step } : step) };
  });
  return { getRun, calls };
}

afterEach(() => vi.useRealTimers());

describe('waitForRun', () => {
  it.each(['succeeded', 'failed', 'cancelled', 'waiting_for_input'] as const)(
    'returns a %s run at once, polling nothing',
    async (status) => {
      const { getRun } = scripted('running');
      await expect(waitForRun(acme, getRun, { ...start, status })).resolves.toMatchObject({ status });
      expect(getRun).not.toHaveBeenCalled();
    },
  );

  it('polls until the run settles, telling onProgress about every poll', async () => {
    const { getRun } = scripted('running', 'running', 'succeeded');
    const progress: string[] = [];
    const run = await waitForRun(acme, getRun, start, {
      intervalMs: 1,
      onProgress: (latest) => progress.push(latest.status),
    });
    expect(run.status).toBe('succeeded');
    expect(progress).toEqual(['running', 'running', 'succeeded']);
    expect(getRun).toHaveBeenCalledWith('fl_1', 'fl_run_1', { signal: expect.any(AbortSignal) });
  });

  it('stops at waiting_for_input: only someone acting moves the run on', async () => {
    const { getRun } = scripted('running', 'waiting_for_input', 'succeeded');
    await expect(waitForRun(acme, getRun, start, { intervalMs: 1 })).resolves.toMatchObject({
      status: 'waiting_for_input',
    });
    expect(getRun).toHaveBeenCalledTimes(2);
  });

  it('keeps polling a run whose status word is unknown, and its timeout names the word', async () => {
    // What normalizeStatus makes of a word the vendor's table lacks: running, the word kept.
    const { getRun } = scripted({ status: 'running', vendorStatus: 'on_hold' });
    const error = await waitForRun(acme, getRun, start, { intervalMs: 1, timeoutMs: 60 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', vendor: 'acme' });
    expect((error as Error).message).toContain('was still running (Acme says "on_hold") after 60 ms');
    expect(getRun.mock.calls.length).toBeGreaterThan(1);
  });

  it('pauses 1.5 times longer after each poll, up to 30 s', async () => {
    vi.useFakeTimers();
    const { getRun, calls } = scripted(...Array<WorkflowRunStatus>(12).fill('running'), 'succeeded');
    const waiting = waitForRun(acme, getRun, start, { intervalMs: 1_000, timeoutMs: 10 * 60_000 });
    await vi.runAllTimersAsync();
    await waiting;
    const gaps = calls.slice(1).map((at, index) => at - calls[index]!);
    expect(gaps.slice(0, 4)).toEqual([1_500, 2_250, 3_375, 5_062]);
    expect(Math.max(...gaps)).toBe(MAX_WAIT_INTERVAL_MS);
  });

  it('waits out a rate limit for its Retry-After instead of failing', async () => {
    vi.useFakeTimers();
    const limited = new WorkflowApiError({
      vendor: 'acme',
      code: 'rate_limited',
      status: 429,
      retryAfterMs: 7_000,
      message: 'slow down',
    });
    const { getRun, calls } = scripted('running', limited, 'succeeded');
    const waiting = waitForRun(acme, getRun, start, { intervalMs: 100 });
    await vi.runAllTimersAsync();
    await expect(waiting).resolves.toMatchObject({ status: 'succeeded' });
    expect(calls[2]! - calls[1]!).toBe(7_000);
  });

  it('backs off exponentially, with jitter, while polls are rate limited without a Retry-After', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const limited = new WorkflowApiError({ vendor: 'acme', code: 'rate_limited', status: 429, message: 'slow down' });
    const { getRun, calls } = scripted(limited, limited, limited, limited, limited, 'succeeded');
    const waiting = waitForRun(acme, getRun, start, { intervalMs: 1_000 });
    await vi.runAllTimersAsync();
    await expect(waiting).resolves.toMatchObject({ status: 'succeeded' });
    const gaps = calls.slice(1).map((at, index) => at - calls[index]!);
    // The least each pause can be (Math.random() = 0): it doubles with every failure in a row,
    // until the ceiling it is drawn below reaches 30 s.
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, MAX_WAIT_INTERVAL_MS / 2]);
  });

  it('backs off the same way after server errors, and keeps waiting', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const failing = new WorkflowApiError({ vendor: 'acme', code: 'server_error', status: 503, message: 'down' });
    const { getRun, calls } = scripted(failing, failing, 'succeeded');
    const waiting = waitForRun(acme, getRun, start, { intervalMs: 1_000 });
    await vi.runAllTimersAsync();
    await expect(waiting).resolves.toMatchObject({ status: 'succeeded' });
    expect(calls[1]! - calls[0]!).toBe(failedPollPauseMs(1_000, 1));
    expect(calls[2]! - calls[1]!).toBe(failedPollPauseMs(1_000, 2));
  });

  it('ends at once with the rate limit when its Retry-After reaches past the deadline', async () => {
    const limited = new WorkflowApiError({
      vendor: 'acme',
      code: 'rate_limited',
      status: 429,
      retryAfterMs: 3_600_000,
      message: 'come back in an hour',
    });
    const { getRun } = scripted(limited);
    const started = Date.now();
    await expect(waitForRun(acme, getRun, start, { intervalMs: 1, timeoutMs: 60_000 })).rejects.toBe(limited);
    // At once, not at the 60 s deadline.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('aborts a poll still in flight at the deadline, however long the client would wait for it', async () => {
    let pollSignal: AbortSignal | undefined;
    const getRun = vi.fn(
      (_workflowId: string, _runId: string, options?: RunOptions) =>
        new Promise<WorkflowRun>((_, reject) => {
          pollSignal = options?.signal;
          options?.signal?.addEventListener('abort', () =>
            reject(new WorkflowApiError({ vendor: 'acme', code: 'aborted', message: 'poll aborted' })),
          );
        }),
    );
    const started = Date.now();
    const error = await waitForRun(acme, getRun, start, { intervalMs: 1, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', vendor: 'acme' });
    // At the 300 ms deadline, give or take a loaded machine; the poll itself would never end.
    expect(Date.now() - started).toBeLessThan(300 + 5_000);
    expect(pollSignal?.aborted).toBe(true);
  });

  it('holds one listener on the caller’s signal while it waits, and none once it settles', async () => {
    const controller = new AbortController();
    const { getRun } = scripted('running', 'running', 'succeeded');
    const during: number[] = [];
    await waitForRun(acme, getRun, start, {
      intervalMs: 1,
      signal: controller.signal,
      onProgress: () => during.push(getEventListeners(controller.signal, 'abort').length),
    });
    expect(during).toEqual([1, 1, 1]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('polls half as often once the rate limit says nothing remains', async () => {
    vi.useFakeTimers();
    const { getRun, calls } = scripted({ status: 'running', rateLimit: { remaining: 0 } }, 'running', 'succeeded');
    const waiting = waitForRun(acme, getRun, start, { intervalMs: 1_000 });
    await vi.runAllTimersAsync();
    await waiting;
    expect(calls[1]! - calls[0]!).toBe(2_000);
  });

  it('rejects with timeout once timeoutMs has passed, naming the last status', async () => {
    const { getRun } = scripted('running');
    const error = await waitForRun(acme, getRun, start, { intervalMs: 5, timeoutMs: 40 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'timeout', vendor: 'acme' });
    expect((error as Error).message).toContain('still running');
  });

  it('rejects with aborted when the signal fires, even mid-pause', async () => {
    const { getRun } = scripted('running');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(
      waitForRun(acme, getRun, start, { intervalMs: 10_000, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'aborted' });
  });

  it('passes on any other error from getRun', async () => {
    const gone = new WorkflowApiError({ vendor: 'acme', code: 'not_found', status: 404, message: 'no run' });
    const { getRun } = scripted(gone);
    await expect(waitForRun(acme, getRun, start, { intervalMs: 1 })).rejects.toBe(gone);
  });

  it('says not_supported where the vendor cannot read a run back, and returns a settled run as it is', async () => {
    await expect(waitWithoutPolling(globex, { ...start, vendor: 'globex' })).rejects.toMatchObject({
      code: 'not_supported',
      vendor: 'globex',
    });
    await expect(
      waitWithoutPolling(globex, { ...start, vendor: 'globex', status: 'succeeded' }),
    ).resolves.toMatchObject({ status: 'succeeded' });
    await expect(waitWithoutPolling(globex, { ...start, vendor: 'globex' }, { timeoutMs: -1 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it.each([
    ['intervalMs', { intervalMs: 0 }],
    ['timeoutMs', { timeoutMs: -1 }],
    ['intervalMs', { intervalMs: Number.NaN }],
    ['timeoutMs', { timeoutMs: 2 ** 31 }],
  ])('refuses a bad %s with invalid_input', async (_, options) => {
    const { getRun } = scripted('running');
    await expect(waitForRun(acme, getRun, start, options)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(getRun).not.toHaveBeenCalled();
  });
});

describe('waitForRun, given a run of another vendor', () => {
  it('refuses it with invalid_input, polling nothing', async () => {
    const { getRun } = scripted('running');
    await expect(waitForRun(globex, getRun, start)).rejects.toMatchObject({ code: 'invalid_input', vendor: 'globex' });
    expect(getRun).not.toHaveBeenCalled();
  });
});

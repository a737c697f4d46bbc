import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_INTERVAL_MS, WorkflowApiError, waitForRun, type WorkflowRun, type WorkflowRunStatus } from './index.js';

// waitForRun's own rules, with a scripted getRun: what settles a wait, how the pauses grow,
// and how rate limits, timeouts and aborts end or stretch it.
const start: WorkflowRun = { vendor: 'altostrat', workflowId: 'fl_1', runId: 'fl_run_1', status: 'queued', raw: {} };

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
  it.each(['succeeded', 'failed', 'cancelled', 'waiting_for_input'] as const)('returns a %s run at once, polling nothing', async (status) => {
    const { getRun } = scripted('running');
    await expect(waitForRun('altostrat', getRun, { ...start, status })).resolves.toMatchObject({ status });
    expect(getRun).not.toHaveBeenCalled();
  });

  it('polls until the run settles, telling onProgress about every poll', async () => {
    const { getRun } = scripted('running', 'running', 'succeeded');
    const progress: string[] = [];
    const run = await waitForRun('altostrat', getRun, start, { intervalMs: 1, onProgress: (latest) => progress.push(latest.status) });
    expect(run.status).toBe('succeeded');
    expect(progress).toEqual(['running', 'running', 'succeeded']);
    expect(getRun).toHaveBeenCalledWith('fl_1', 'fl_run_1', {});
  });

  it('stops at waiting_for_input: only someone acting moves the run on', async () => {
    const { getRun } = scripted('running', 'waiting_for_input', 'succeeded');
    await expect(waitForRun('altostrat', getRun, start, { intervalMs: 1 })).resolves.toMatchObject({ status: 'waiting_for_input' });
    expect(getRun).toHaveBeenCalledTimes(2);
  });

  it('pauses 1.5 times longer after each poll, up to 30 s', async () => {
    vi.useFakeTimers();
    const { getRun, calls } = scripted(...Array<WorkflowRunStatus>(12).fill('running'), 'succeeded');
    const waiting = waitForRun('altostrat', getRun, start, { intervalMs: 1_000, timeoutMs: 10 * 60_000 });
    await vi.runAllTimersAsync();
    await waiting;
    const gaps = calls.slice(1).map((at, index) => at - calls[index]!);
    expect(gaps.slice(0, 4)).toEqual([1_500, 2_250, 3_375, 5_062]);
    expect(Math.max(...gaps)).toBe(MAX_WAIT_INTERVAL_MS);
  });

  it('waits out a rate limit for its Retry-After instead of failing', async () => {
    vi.useFakeTimers();
    const limited = new WorkflowApiError({ vendor: 'altostrat', code: 'rate_limited', status: 429, retryAfterMs: 7_000, message: 'slow down' });
    const { getRun, calls } = scripted('running', limited, 'succeeded');
    const waiting = waitForRun('altostrat', getRun, start, { intervalMs: 100 });
    await vi.runAllTimersAsync();
    await expect(waiting).resolves.toMatchObject({ status: 'succeeded' });
    expect(calls[2]! - calls[1]!).toBe(7_000);
  });

  it('polls half as often once the rate limit says nothing remains', async () => {
    vi.useFakeTimers();
    const { getRun, calls } = scripted({ status: 'running', rateLimit: { remaining: 0 } }, 'running', 'succeeded');
    const waiting = waitForRun('altostrat', getRun, start, { intervalMs: 1_000 });
    await vi.runAllTimersAsync();
    await waiting;
    expect(calls[1]! - calls[0]!).toBe(2_000);
  });

  it('rejects with timeout once timeoutMs has passed, naming the last status', async () => {
    const { getRun } = scripted('running');
    const error = await waitForRun('altostrat', getRun, start, { intervalMs: 5, timeoutMs: 40 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'timeout', vendor: 'altostrat' });
    expect((error as Error).message).toContain('still running');
  });

  it('rejects with aborted when the signal fires, even mid-pause', async () => {
    const { getRun } = scripted('running');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(waitForRun('altostrat', getRun, start, { intervalMs: 10_000, signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('passes on any other error from getRun', async () => {
    const gone = new WorkflowApiError({ vendor: 'altostrat', code: 'not_found', status: 404, message: 'no run' });
    const { getRun } = scripted(gone);
    await expect(waitForRun('altostrat', getRun, start, { intervalMs: 1 })).rejects.toBe(gone);
  });

  it('says not_supported where the vendor cannot read a run back', async () => {
    await expect(waitForRun('wiv', undefined, { ...start, vendor: 'wiv' })).rejects.toMatchObject({ code: 'not_supported', vendor: 'wiv' });
  });

  it.each([
    ['intervalMs', { intervalMs: 0 }],
    ['timeoutMs', { timeoutMs: -1 }],
    ['intervalMs', { intervalMs: Number.NaN }],
    ['timeoutMs', { timeoutMs: 2 ** 31 }],
  ])('refuses a bad %s with invalid_input', async (_, options) => {
    const { getRun } = scripted('running');
    await expect(waitForRun('altostrat', getRun, start, options)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(getRun).not.toHaveBeenCalled();
  });
});

describe('waitForRun, given a run of another vendor', () => {
  it('refuses it with invalid_input, polling nothing', async () => {
    const { getRun } = scripted('running');
    await expect(waitForRun('embedworkflow', getRun, start)).rejects.toMatchObject({ code: 'invalid_input', vendor: 'embedworkflow' });
    expect(getRun).not.toHaveBeenCalled();
  });
});

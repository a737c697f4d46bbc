import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAiTutorProvider } from './index.js';
import { aiTutorDefinition } from './internal.js';

// A run may take up to 300 s before AI Tutor answers, so the default per-attempt timeout must
// outlast it. Time is faked: a fetch that answers after `ms`, or fails when its request is
// aborted, stands in for a slow service.
const API_KEY = 'aitutor-secret-0123456789';

function answeringAfter(ms: number) {
  return vi.fn(
    (request: Request) =>
      new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => resolve(Response.json({ success: true, result: 'done' })), ms);
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(request.signal.reason);
        });
      }),
  );
}

describe('the default timeout outlasts a 300-second run', () => {
  afterEach(() => void vi.useRealTimers());
  const fakeTime = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

  it('is longer than 300 s', () => {
    expect(aiTutorDefinition.defaultTimeoutMs).toBeGreaterThan(300_000);
  });

  it('waits for an answer that takes the full 300 s and a little more', async () => {
    fakeTime();
    const fetch = answeringAfter(305_000);
    const pending = createAiTutorProvider({ apiKey: API_KEY, fetch }).run('wf_abc123', { story: 's' });
    await vi.advanceTimersByTimeAsync(305_000);
    await expect(pending).resolves.toMatchObject({ status: 'succeeded', output: { text: 'done', citations: [] } });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('gives up at 310 s, without sending the run again', async () => {
    fakeTime();
    const fetch = answeringAfter(400_000);
    const pending = createAiTutorProvider({ apiKey: API_KEY, fetch, maxRetries: 2 }).run('wf_abc123');
    const settled = expect(pending).rejects.toMatchObject({
      code: 'timeout',
      retryable: false,
      message: expect.stringContaining('310000 ms'),
    });
    await vi.advanceTimersByTimeAsync(310_000);
    await settled;
    expect(fetch).toHaveBeenCalledOnce();
  });
});

describe('an explicit timeout still applies', () => {
  afterEach(() => void vi.useRealTimers());

  it('from the client options', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = answeringAfter(5_000);
    const pending = createAiTutorProvider({ apiKey: API_KEY, fetch, timeoutMs: 1_000 }).run('wf_abc123');
    const settled = expect(pending).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('1000 ms'),
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
  });

  it('from the run options, over the client’s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch = answeringAfter(5_000);
    const aiTutor = createAiTutorProvider({ apiKey: API_KEY, fetch, timeoutMs: 60_000 });
    const pending = aiTutor.run('wf_abc123', {}, { timeoutMs: 2_000 });
    const settled = expect(pending).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('2000 ms'),
    });
    await vi.advanceTimersByTimeAsync(2_000);
    await settled;
  });

  it('and the caller’s AbortSignal ends a long run as aborted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const pending = createAiTutorProvider({ apiKey: API_KEY, fetch: answeringAfter(200_000) }).run(
      'wf_abc123',
      {},
      { signal: controller.signal },
    );
    const settled = expect(pending).rejects.toMatchObject({ code: 'aborted' });
    await vi.advanceTimersByTimeAsync(100_000);
    controller.abort();
    await settled;
  });
});

import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createAiTutorProvider } from './index.js';

const mock = useWorkflowMockServer();
const aiTutorMock = mock.mocks.vendors.aitutor;
const API_KEY = 'aitutor-secret-0123456789';
const provider = (options: Parameters<typeof createAiTutorProvider>[0] = {}) => createAiTutorProvider({ apiKey: API_KEY, ...options });

describe('run', () => {
  it('sends the template variables as the body and returns the finished text', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 200, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59' } });
    const run = await provider().run('wf_abc123', { story: 'A dragon afraid of the dark' });

    expect(run).toMatchObject({
      vendor: 'aitutor',
      workflowId: 'wf_abc123',
      status: 'succeeded',
      output: {
        text: 'Once upon a time, a small dragon named Ember was afraid of the dark...',
        citations: ['https://en.wikipedia.org/wiki/Night_sky'],
      },
      rateLimit: { limit: 60, remaining: 59 },
    });
    expect(run.runId).toBeUndefined();
    const [call] = aiTutorMock.calls;
    expect(call?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(call?.body).toEqual({ story: 'A dragon afraid of the dark' });
    expect(new URL(call!.url).pathname).toBe('/api/v1/run/wf_abc123');
  });

  it('gives empty citations and no rateLimit for a cached result without the headers', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 200, example: 'cached', headers: { 'x-ratelimit-limit': null, 'x-ratelimit-remaining': null } });
    const run = await provider().run('wf_abc123', { story: 's' });
    expect(run.output.citations).toEqual([]);
    expect(run.rateLimit).toBeUndefined();
  });

  it('never reports a garbled rate-limit header as NaN', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 200, headers: { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '3' } });
    const run = await provider().run('wf_abc123', {});
    expect(run.rateLimit).toEqual({ remaining: 3 });
  });
});

describe('error statuses', () => {
  it.each([
    [401, 'unauthorized', 'Unauthorized. Please provide a valid secret key.'],
    [402, 'payment_required', 'No credits remaining. Please add credits to continue using the service.'],
    [404, 'not_found', 'Workflow not found'],
    [429, 'rate_limited', 'Rate limit exceeded'],
    [500, 'server_error', 'Failed to run workflow'],
  ] as const)('maps %i to %s with the flat error body', async (status, code, message) => {
    aiTutorMock.respondWith('runWorkflow', { status, times: 5 });
    const error = await provider({ maxRetries: 0 }).run('wf_abc123', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: 'aitutor', code, status, body: { success: false, error: message } });
    expect((error as Error).message).toContain(message);
  });

  it('never retries 402: there are no credits to run on', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 402, times: 5 });
    await expect(provider({ maxRetries: 2 }).run('wf_abc123', {})).rejects.toMatchObject({ code: 'payment_required', retryable: false });
    expect(aiTutorMock.calls).toHaveLength(1);
  });

  it('never retries 500: the model may have run and spent credits', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 500, times: 5 });
    await expect(provider({ maxRetries: 2 }).run('wf_abc123', {})).rejects.toMatchObject({ retryable: false });
    expect(aiTutorMock.calls).toHaveLength(1);
  });

  it('retries 429 after its Retry-After, then succeeds', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    const run = await provider().run('wf_abc123', {});
    expect(run.status).toBe('succeeded');
    expect(aiTutorMock.calls.map((call) => call.status)).toEqual([429, 200]);
  });
});

describe('the default timeout outlasts a 300-second run', () => {
  // A fetch that answers after `ms` of (fake) time, or fails when its request is aborted.
  const answeringAfter = (ms: number) => (request: Request) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(Response.json({ success: true, result: 'done' })), ms);
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(request.signal.reason);
      });
    });

  it('waits for an answer that takes 305 s', async ({ onTestFinished }) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const pending = provider({ fetch: answeringAfter(305_000) }).run('wf_abc123', {});
    await vi.advanceTimersByTimeAsync(305_000);
    await expect(pending).resolves.toMatchObject({ output: { text: 'done' } });
  });

  it('gives up on one that takes 311 s, once', async ({ onTestFinished }) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const fetch = vi.fn(answeringAfter(311_000));
    const pending = provider({ fetch }).run('wf_abc123', {});
    const settled = expect(pending).rejects.toMatchObject({ code: 'timeout', retryable: false });
    await vi.advanceTimersByTimeAsync(310_000);
    await settled;
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('still takes an explicit timeoutMs', async ({ onTestFinished }) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const pending = provider({ fetch: answeringAfter(5_000), timeoutMs: 1_000 }).run('wf_abc123', {});
    const settled = expect(pending).rejects.toMatchObject({ code: 'timeout' });
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
  });
});

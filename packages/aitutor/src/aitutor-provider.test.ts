import { WorkflowApiError } from '@workflow-clients/core';
import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it, vi } from 'vitest';
import { aitutorSpec, type MockedOperations } from './generated/spec-document.js';
import { createAiTutorProvider } from './index.js';

const mock = useWorkflowMockServer<'aitutor', { aitutor: MockedOperations }>({ specs: { aitutor: aitutorSpec } });
const aiTutorMock = mock.mocks.vendors.aitutor;

const API_KEY = 'aitutor-secret-0123456789';
const TEXT = 'Once upon a time, a small dragon named Ember was afraid of the dark...';
const NO_RATE_LIMIT_HEADERS = { 'x-ratelimit-limit': null, 'x-ratelimit-remaining': null };

// maxRetries: 0 keeps a test to one attempt unless it is about retries.
const provider = (options: Parameters<typeof createAiTutorProvider>[0] = {}) =>
  createAiTutorProvider({ apiKey: API_KEY, maxRetries: 0, ...options });

describe('run', () => {
  it('sends the template variables as the body with the bearer key and returns the finished text', async () => {
    aiTutorMock.respondWith('runWorkflow', {
      status: 200,
      headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '42' },
    });

    const run = await provider().run('wf_abc123', { story: 'A dragon afraid of the dark', chapters: 3 });

    expect(run).toEqual({
      vendor: 'aitutor',
      workflowId: 'wf_abc123',
      status: 'succeeded',
      output: { text: TEXT, citations: ['https://en.wikipedia.org/wiki/Night_sky'] },
      rateLimit: { limit: 100, remaining: 42 },
      raw: { success: true, result: TEXT, citations: ['https://en.wikipedia.org/wiki/Night_sky'] },
    });
    expect(aiTutorMock.calls).toHaveLength(1);
    const [call] = aiTutorMock.calls;
    expect(call?.method).toBe('POST');
    expect(new URL(call!.url).pathname).toBe('/api/v1/run/wf_abc123');
    expect(call?.query).toEqual({});
    expect(call?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(call?.headers['content-type']).toMatch(/^application\/json/);
    expect(call?.body).toEqual({ story: 'A dragon afraid of the dark', chapters: 3 });
  });

  it('sends an empty object when there are no variables', async () => {
    await provider().run('wf_abc123');
    expect(aiTutorMock.calls[0]?.body).toEqual({});
  });

  it('reads the key from AITUTOR_API_KEY when none is passed', async () => {
    vi.stubEnv('AITUTOR_API_KEY', 'from-the-environment');
    await createAiTutorProvider({ maxRetries: 0 }).run('wf_abc123', { story: 's' });
    expect(aiTutorMock.calls[0]?.headers.authorization).toBe('Bearer from-the-environment');
  });

  it('adds the caller’s extra headers', async () => {
    await provider({ headers: { 'x-trace-id': 'trace-1' } }).run('wf_abc123');
    expect(aiTutorMock.calls[0]?.headers['x-trace-id']).toBe('trace-1');
  });

  it('offers no resume or cancel, and no idempotency', () => {
    const aiTutor = provider();
    expect(aiTutor.vendor).toBe('aitutor');
    expect(aiTutor.capabilities).toEqual({
      resume: false,
      cancel: false,
      idempotency: false,
      getRun: false,
      settlesOnReturn: true,
    });
    expect('resume' in aiTutor).toBe(false);
    expect('cancel' in aiTutor).toBe(false);
    expect('getRun' in aiTutor).toBe(false);
  });

  it('waits for nothing: a run is finished when run() returns it', async () => {
    const run = await provider().run('wf_abc123', { story: 'x' });
    await expect(provider().waitForRun(run)).resolves.toBe(run);
    expect(aiTutorMock.calls).toHaveLength(1);
  });
});

describe('citations and rate limits', () => {
  it('gives [] citations and no rateLimit for a cached result, which has neither', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 200, example: 'cached', headers: NO_RATE_LIMIT_HEADERS });
    const run = await provider().run('wf_abc123', { story: 's' });
    expect(run.output).toEqual({ text: TEXT, citations: [] });
    expect(run.raw.citations).toBeUndefined();
    expect(run).not.toHaveProperty('rateLimit');
  });

  it('reports the spec’s example rate-limit headers by default', async () => {
    const run = await provider().run('wf_abc123');
    expect(run.rateLimit).toEqual({ limit: 60, remaining: 59 });
  });

  it('reports only the header that came', async () => {
    aiTutorMock.respondWith('runWorkflow', {
      status: 200,
      headers: { 'x-ratelimit-limit': null, 'x-ratelimit-remaining': '0' },
    });
    const run = await provider().run('wf_abc123');
    expect(run.rateLimit).toEqual({ remaining: 0 });
  });

  it.each(['lots', '-1', '1e3', '2.5', '', '99999999999999999999'])(
    'leaves out a garbled header %j, never NaN',
    async (garbled) => {
      aiTutorMock.respondWith('runWorkflow', {
        status: 200,
        headers: { 'x-ratelimit-limit': garbled, 'x-ratelimit-remaining': '3' },
      });
      const run = await provider().run('wf_abc123');
      expect(run.rateLimit).toEqual({ remaining: 3 });
    },
  );
});

describe('error statuses', () => {
  it.each([
    [401, 'unauthorized', { success: false, error: 'Unauthorized. Please provide a valid secret key.' }],
    [
      402,
      'payment_required',
      {
        success: false,
        error: 'No credits remaining. Please add credits to continue using the service.',
        code: 'invalid_billing',
      },
    ],
    [404, 'not_found', { success: false, error: 'Workflow not found', code: 'workflow_not_found' }],
    [429, 'rate_limited', { success: false, error: 'Rate limit exceeded' }],
    [500, 'server_error', { success: false, error: 'Failed to run workflow', code: 'workflow_run_failed' }],
  ] as const)('maps %i to %s with the flat error body', async (status, code, body) => {
    aiTutorMock.respondWith('runWorkflow', { status });
    const error = await provider()
      .run('wf_abc123', { story: 's' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowApiError);
    expect(error).toMatchObject({ vendor: 'aitutor', code, status, body });
    expect((error as Error).message).toContain(`${status}`);
    expect((error as Error).message).toContain(body.error);
  });

  it('marks 429 retryable with its Retry-After, and nothing else retryable', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 429 });
    await expect(provider().run('wf_abc123')).rejects.toMatchObject({
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 20_000,
    });
    for (const status of [401, 402, 404, 500] as const) {
      aiTutorMock.respondWith('runWorkflow', { status });
      await expect(provider().run('wf_abc123')).rejects.toMatchObject({ status, retryable: false });
    }
  });
});

describe('retries', () => {
  it('never retries 402: there are no credits to run on', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 402, times: 3 });
    await expect(provider({ maxRetries: 2 }).run('wf_abc123')).rejects.toMatchObject({
      code: 'payment_required',
      retryable: false,
    });
    expect(aiTutorMock.calls).toHaveLength(1);
  });

  it('never retries 500: the model may have run and spent credits', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 500, times: 3 });
    await expect(provider({ maxRetries: 2 }).run('wf_abc123')).rejects.toMatchObject({ code: 'server_error' });
    expect(aiTutorMock.calls).toHaveLength(1);
  });

  it('retries 429 after its Retry-After, then returns the run with its rate limit', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    const run = await provider({ maxRetries: 2 }).run('wf_abc123', { story: 's' });
    expect(run).toMatchObject({ status: 'succeeded', output: { text: TEXT }, rateLimit: { limit: 60, remaining: 59 } });
    expect(aiTutorMock.calls.map((call) => call.status)).toEqual([429, 200]);
    expect(aiTutorMock.calls[1]?.body).toEqual({ story: 's' });
  });

  it('gives up after maxRetries extra attempts', async () => {
    aiTutorMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '0' }, times: 5 });
    await expect(provider({ maxRetries: 2 }).run('wf_abc123')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(aiTutorMock.calls.map((call) => call.status)).toEqual([429, 429, 429]);
  });
});

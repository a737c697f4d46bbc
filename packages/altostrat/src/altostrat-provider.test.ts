import { WorkflowApiError } from '@workflow-clients/core';
import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { altostratSpec, type MockedOperations } from './generated/spec-document.js';
import { createAltostratProvider } from './index.js';

const mock = useWorkflowMockServer<'altostrat', { altostrat: MockedOperations }>({
  specs: { altostrat: altostratSpec },
});
const altostratMock = mock.mocks.vendors.altostrat;

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl';
const KEY = '5F0C6A1E-8A4B-4F7E-9D2A-3B1C0E9F7A64';
// What crypto.randomUUID() makes: a lower-case version 4 UUID.
const GENERATED_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// maxRetries: 0 keeps these tests to one attempt; retries have their own file.
const provider = (options: Parameters<typeof createAltostratProvider>[0] = {}) =>
  createAltostratProvider({ apiKey: TOKEN, maxRetries: 0, ...options });
const keysSent = () => altostratMock.calls.map((call) => call.headers['idempotency-key']);

describe('run', () => {
  it('sends the input as `context` with the bearer token and a generated key, and maps the run', async () => {
    const run = await provider().run('fl_a1b2c3d4e5f6g7h8', { user_id: 123, source: 'manual-test' });

    expect(run).toEqual({
      vendor: 'altostrat',
      workflowId: 'fl_a1b2c3d4e5f6g7h8',
      runId: 'fl_run_a1b2c3d4e5f6g7h8',
      status: 'queued',
      vendorStatus: 'pending',
      rateLimit: { limit: 60, remaining: 59 },
      raw: expect.objectContaining({ id: 'fl_run_a1b2c3d4e5f6g7h8', status: 'pending', error_message: null }),
      // The key it was queued with, to repeat the run safely.
      idempotencyKey: expect.stringMatching(GENERATED_KEY),
    });
    expect(run.raw.workflow?.name).toBe('User Onboarding');
    expect(altostratMock.calls).toHaveLength(1);
    const [call] = altostratMock.calls;
    expect(call?.method).toBe('POST');
    expect(new URL(call!.url).pathname).toBe('/workflows/fl_a1b2c3d4e5f6g7h8/execute');
    expect(call?.pathParams).toEqual({ workflowId: 'fl_a1b2c3d4e5f6g7h8' });
    expect(call?.query).toEqual({});
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.headers['idempotency-key']).toBe(run.idempotencyKey);
    expect(call?.body).toEqual({ context: { user_id: 123, source: 'manual-test' } });
  });

  it('sends an empty context when there is no input', async () => {
    await provider().run('fl_a1b2c3d4e5f6g7h8');
    expect(altostratMock.calls[0]?.body).toEqual({ context: {} });
  });

  it('reads the token from ALTOSTRAT_API_KEY when none is passed', async () => {
    vi.stubEnv('ALTOSTRAT_API_KEY', 'from.the.environment');
    await createAltostratProvider({ maxRetries: 0 }).run('fl_a1b2c3d4e5f6g7h8');
    expect(altostratMock.calls[0]?.headers.authorization).toBe('Bearer from.the.environment');
  });

  it('sends the caller’s idempotency key verbatim', async () => {
    await provider().run('fl_a1b2c3d4e5f6g7h8', {}, { idempotencyKey: KEY });
    expect(keysSent()).toEqual([KEY]);
  });

  it('gives two separate run calls different keys', async () => {
    const altostrat = provider();
    await altostrat.run('fl_a1b2c3d4e5f6g7h8');
    await altostrat.run('fl_a1b2c3d4e5f6g7h8');
    const [first, second] = keysSent();
    expect(first).toMatch(GENERATED_KEY);
    expect(second).toMatch(GENERATED_KEY);
    expect(second).not.toBe(first);
  });

  it.each([
    ['absent', { 'x-ratelimit-limit': null, 'x-ratelimit-remaining': null }, undefined],
    ['garbled', { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '-1' }, undefined],
    ['partly there', { 'x-ratelimit-limit': null, 'x-ratelimit-remaining': '7' }, { remaining: 7 }],
  ])('reports rateLimit only as far as the headers tell it (%s)', async (_, headers, rateLimit) => {
    altostratMock.respondWith('executeWorkflow', { status: 202, headers });
    const run = await provider().run('fl_a1b2c3d4e5f6g7h8');
    expect(run.rateLimit).toEqual(rateLimit);
  });

  it('offers no resume or cancel, and says it deduplicates by key, for 24 hours', () => {
    const altostrat = provider();
    expect(altostrat.capabilities).toEqual({
      resume: false,
      cancel: false,
      idempotency: true,
      idempotencyWindowMs: 86_400_000,
      getRun: true,
      settlesOnReturn: false,
    });
    expect('resume' in altostrat).toBe(false);
    expect('cancel' in altostrat).toBe(false);
  });

  it("takes its idempotency window from the spec's prose, which states it in hours", () => {
    // The spec says it in words only; a change of those words must fail here, naming the field.
    const stated = /within (\d+) hours/.exec(altostratSpec.components.parameters.IdempotencyKey.description)?.[1];
    expect(Number(stated) * 3_600_000, 'capabilities.idempotencyWindowMs: the Idempotency-Key description').toBe(
      provider().capabilities.idempotencyWindowMs,
    );
  });
});

describe('run status', () => {
  it.each<[MockedOperations['executeWorkflow'][202], string, string, string | undefined]>([
    ['queued', 'pending', 'queued', undefined],
    ['running', 'running', 'running', undefined],
    ['awaitingUiInteraction', 'awaiting_ui_interaction', 'waiting_for_input', undefined],
    ['completed', 'completed', 'succeeded', undefined],
    ['failed', 'failed', 'failed', 'Webhook request failed: 503 Service Unavailable'],
  ])('maps the spec’s %s run (%s) to %s', async (example, vendorStatus, status, error) => {
    altostratMock.respondWith('executeWorkflow', { status: 202, example });
    const run = await provider().run('fl_a1b2c3d4e5f6g7h8');
    expect(run).toMatchObject({ status, vendorStatus });
    expect(run.error).toBe(error);
  });

  it('reads a status word it does not know as running, and keeps the word', async () => {
    mock.server.use(
      http.post('https://v1.api.altostrat.io/workflows/:workflowId/execute', () =>
        HttpResponse.json({ id: 'fl_run_1', status: 'archived', error_message: '' }, { status: 202 }),
      ),
    );
    const run = await provider().run('fl_a1b2c3d4e5f6g7h8');
    expect(run).toMatchObject({ runId: 'fl_run_1', status: 'running', vendorStatus: 'archived' });
    expect(run.error).toBeUndefined();
  });
});

describe('error statuses', () => {
  it.each([
    [401, 'unauthorized', 'Unauthenticated.', false],
    [403, 'forbidden', 'This action is unauthorized.', false],
    [404, 'not_found', 'Workflow not found.', false],
    [422, 'validation_failed', 'The context field must be an array.', false],
    [429, 'rate_limited', 'Too Many Attempts.', true],
    // Retryable because the provider's request carries an idempotency key.
    [500, 'server_error', 'Server Error', true],
    [503, 'server_error', 'Service Unavailable', true],
  ] as const)('maps %i to %s with the parsed body and the request id', async (status, code, message, retryable) => {
    altostratMock.respondWith('executeWorkflow', { status });

    const error = await provider()
      .run('fl_a1b2c3d4e5f6g7h8')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkflowApiError);
    expect(error).toMatchObject({
      vendor: 'altostrat',
      code,
      status,
      retryable,
      requestId: 'req_01h3j4k5l6m7n8p9q0r1s2t3u4',
      body: { message },
    });
    expect((error as Error).message).toContain(String(status));
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('keeps the per-field errors of a 422', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 422 });
    await expect(provider().run('fl_a1b2c3d4e5f6g7h8')).rejects.toMatchObject({
      body: { errors: { context: ['The context field must be an array.'] } },
    });
  });

  it('carries Retry-After as retryAfterMs', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '30' } });
    await expect(provider().run('fl_a1b2c3d4e5f6g7h8')).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 30_000,
    });
  });
});

import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAltostratProvider } from './index.js';

const mock = useWorkflowMockServer();
const altostratMock = mock.mocks.vendors.altostrat;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.e30.altostrat-test';
const KEY = '5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Retry waits are drawn from [0, 500 ms · 2^n); random() = 0 keeps these tests fast.
const provider = (options: Parameters<typeof createAltostratProvider>[0] = {}) =>
  createAltostratProvider({ apiKey: TOKEN, ...options });
const keysSeen = () => altostratMock.calls.map((call) => call.headers['idempotency-key']);

describe('run', () => {
  it('sends the input as `context` with a bearer token and a generated UUID key', async () => {
    const run = await provider().run('fl_a1b2c3d4e5f6g7h8', { user_id: 123, source: 'manual-test' });

    expect(run).toMatchObject({
      vendor: 'altostrat',
      workflowId: 'fl_a1b2c3d4e5f6g7h8',
      runId: 'fl_run_a1b2c3d4e5f6g7h8',
      status: 'queued',
      vendorStatus: 'pending',
    });
    expect(run.error).toBeUndefined();
    const [call] = altostratMock.calls;
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['idempotency-key']).toMatch(UUID);
    expect(call?.body).toEqual({ context: { user_id: 123, source: 'manual-test' } });
  });

  it('uses the caller’s key verbatim', async () => {
    await provider().run('fl_1', {}, { idempotencyKey: KEY });
    expect(keysSeen()).toEqual([KEY]);
  });

  it('gives two separate runs different keys', async () => {
    const altostrat = provider();
    await altostrat.run('fl_1');
    await altostrat.run('fl_1');
    const [first, second] = keysSeen();
    expect(first).not.toBe(second);
  });

  it.each([
    ['running', 'running'],
    ['completed', 'succeeded'],
    ['failed', 'failed'],
    ['awaiting_ui_interaction', 'waiting_for_input'],
    ['archived', 'running'],
  ])('maps status %s to %s and keeps the word', async (vendorStatus, status) => {
    mock.server.use(
      http.post('https://v1.api.altostrat.io/workflows/:id/execute', () =>
        HttpResponse.json({ id: 'fl_run_1', status: vendorStatus, error_message: vendorStatus === 'failed' ? 'Node 3 timed out' : null }, { status: 202 }),
      ),
    );
    const run = await provider().run('fl_1');
    expect(run).toMatchObject({ status, vendorStatus });
    if (vendorStatus === 'failed') expect(run.error).toBe('Node 3 timed out');
  });
});

describe('error statuses', () => {
  it.each([
    [401, 'unauthorized', 'Unauthenticated.'],
    [403, 'forbidden', 'This action is unauthorized.'],
    [404, 'not_found', 'Workflow not found.'],
    [422, 'validation_failed', 'The context field must be an array.'],
    [429, 'rate_limited', 'Too Many Attempts.'],
    [500, 'server_error', 'Server Error'],
  ] as const)('maps %i to %s with the parsed body', async (status, code, message) => {
    altostratMock.respondWith('executeWorkflow', { status, times: 5 });
    const error = await provider({ maxRetries: 0 }).run('fl_1').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: 'altostrat', code, status, body: { message } });
  });

  it.each([401, 403, 404, 422])('never retries %i', async (status) => {
    altostratMock.respondWith('executeWorkflow', { status, times: 5 });
    await expect(provider().run('fl_1')).rejects.toMatchObject({ status, retryable: false });
    expect(altostratMock.calls).toHaveLength(1);
  });
});

describe('idempotent retries, which only Altostrat gets', () => {
  it('retries a 500 with the same key', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500 });
    const run = await provider().run('fl_1', { a: 1 });
    expect(run.runId).toBe('fl_run_a1b2c3d4e5f6g7h8');
    expect(altostratMock.calls.map((call) => call.status)).toEqual([500, 202]);
    const [first, second] = keysSeen();
    expect(first).toMatch(UUID);
    expect(second).toBe(first);
  });

  it('retries twice with the caller’s key, then stops at maxRetries', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500, times: 2 });
    await provider({ maxRetries: 2 }).run('fl_1', {}, { idempotencyKey: KEY });
    expect(keysSeen()).toEqual([KEY, KEY, KEY]);

    altostratMock.reset();
    altostratMock.respondWith('executeWorkflow', { status: 500, times: 5 });
    await expect(provider({ maxRetries: 2 }).run('fl_1')).rejects.toMatchObject({ code: 'server_error', retryable: true });
    expect(altostratMock.calls).toHaveLength(3);
    expect(new Set(keysSeen()).size).toBe(1);
  });

  it('retries a timed-out attempt with the same key', async () => {
    const keys: string[] = [];
    mock.server.use(
      http.post('https://v1.api.altostrat.io/workflows/:id/execute', async ({ request }) => {
        keys.push(request.headers.get('idempotency-key') ?? '');
        if (keys.length === 1) await delay('infinite');
        return HttpResponse.json({ id: 'fl_run_2', status: 'pending' }, { status: 202 });
      }),
    );
    const run = await provider({ timeoutMs: 100 }).run('fl_1');
    expect(run.runId).toBe('fl_run_2');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('retries a connection reset after sending with the same key', async () => {
    const keys: string[] = [];
    const fetch = async (request: Request) => {
      keys.push(request.headers.get('idempotency-key') ?? '');
      if (keys.length === 1) {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
      }
      return globalThis.fetch(request);
    };
    await provider({ fetch }).run('fl_1');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(altostratMock.calls).toHaveLength(1);
  });
});

import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it } from 'vitest';
import { altostratSpec, type MockedOperations } from './generated/spec-document.js';
import { createAltostratClient, createAltostratProvider } from './index.js';

// The retry rule (ARCHITECTURE.md, "Retries never run a workflow twice"): only Altostrat
// dedupes by idempotency key, so only its runs are retried after a 5xx, a timeout or a reset,
// and always with the key of the first attempt.
const mock = useWorkflowMockServer<'altostrat', { altostrat: MockedOperations }>({
  specs: { altostrat: altostratSpec },
});
const altostratMock = mock.mocks.vendors.altostrat;

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl';
const WORKFLOW = 'fl_a1b2c3d4e5f6g7h8';
const KEY = '5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64';
const GENERATED_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const provider = (options: Parameters<typeof createAltostratProvider>[0] = {}) =>
  createAltostratProvider({ apiKey: TOKEN, ...options });
const keysSent = () => altostratMock.calls.map((call) => call.headers['idempotency-key']);
const statusesAnswered = () => altostratMock.calls.map((call) => call.status);

/** Asserts every attempt carried one and the same generated key, and returns it. */
function expectOneGeneratedKey(attempts: number): string {
  const keys = keysSent();
  expect(keys).toHaveLength(attempts);
  expect(new Set(keys).size).toBe(1);
  expect(keys[0]).toMatch(GENERATED_KEY);
  return keys[0]!;
}

describe('retried with the same key', () => {
  it('a 500, then the run succeeds', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500 });

    const run = await provider().run(WORKFLOW, { user_id: 123 });

    expect(run).toMatchObject({ runId: 'fl_run_a1b2c3d4e5f6g7h8', status: 'queued' });
    expect(statusesAnswered()).toEqual([500, 202]);
    expectOneGeneratedKey(2);
    expect(altostratMock.calls[1]?.body).toEqual(altostratMock.calls[0]?.body);
  });

  it('a 503 twice with maxRetries 2, then the run succeeds', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 503, times: 2, headers: { 'retry-after': null } });

    const run = await provider({ maxRetries: 2 }).run(WORKFLOW);

    expect(run.runId).toBe('fl_run_a1b2c3d4e5f6g7h8');
    expect(statusesAnswered()).toEqual([503, 503, 202]);
    expectOneGeneratedKey(3);
  });

  it('a 503 after the Retry-After it asks for', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 503, headers: { 'retry-after': '1' } });

    await provider({ maxRetries: 1 }).run(WORKFLOW);

    const [first, second] = altostratMock.calls;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
    expectOneGeneratedKey(2);
  });

  it('a 429, like every vendor', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    await provider({ maxRetries: 1 }).run(WORKFLOW);
    expect(statusesAnswered()).toEqual([429, 202]);
    expectOneGeneratedKey(2);
  });

  it('a timed-out attempt', async () => {
    // The first attempt hangs until it is aborted; counted at the client, so that a loaded
    // machine cannot time it out before anything has seen it.
    const attemptKeys: Array<string | null> = [];
    const fetch = (request: Request) => {
      attemptKeys.push(request.headers.get('idempotency-key'));
      if (attemptKeys.length > 1) return globalThis.fetch(request);
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    };

    const run = await provider({ fetch, maxRetries: 1, timeoutMs: 100 }).run(WORKFLOW);

    expect(run.runId).toBe('fl_run_a1b2c3d4e5f6g7h8');
    // The first attempt never reached the spec mock; the retry did, with the same key.
    expect(attemptKeys).toHaveLength(2);
    expect(attemptKeys[1]).toBe(attemptKeys[0]);
    expect(keysSent()).toEqual([attemptKeys[0]]);
    expect(attemptKeys[0]).toMatch(GENERATED_KEY);
  });

  it('a connection reset after the request was sent', async () => {
    const attemptKeys: Array<string | null> = [];
    const fetch = async (request: Request) => {
      attemptKeys.push(request.headers.get('idempotency-key'));
      if (attemptKeys.length === 1) {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
        });
      }
      return globalThis.fetch(request);
    };

    await provider({ fetch, maxRetries: 1 }).run(WORKFLOW);

    expect(attemptKeys).toHaveLength(2);
    expect(attemptKeys[1]).toBe(attemptKeys[0]);
    expect(keysSent()).toEqual([attemptKeys[0]]);
  });

  it('the caller’s key, verbatim on every attempt', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500, times: 2 });
    await provider({ maxRetries: 2 }).run(WORKFLOW, {}, { idempotencyKey: KEY });
    expect(keysSent()).toEqual([KEY, KEY, KEY]);
  });

  it('a 5xx on a raw client call that carries a key', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500 });
    const client = createAltostratClient({ apiKey: TOKEN, maxRetries: 2 });
    await client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: WORKFLOW }, header: { 'Idempotency-Key': KEY } },
      body: {},
    });
    expect(keysSent()).toEqual([KEY, KEY]);
  });
});

describe('a replay answered with the original 5xx', () => {
  // Altostrat returns a repeated key's original result, which may be the 5xx the first
  // attempt got: every replay then fails the same way, and that failure is what is reported.
  it.each([500, 503] as const)('a %i replayed on every attempt is reported as that %i', async (status) => {
    altostratMock.respondWith('executeWorkflow', { status, times: 3, headers: { 'retry-after': null } });

    const error = await provider({ maxRetries: 2 })
      .run(WORKFLOW, {}, { idempotencyKey: KEY })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status, retryable: true, mayHaveStarted: false });
    expect(String((error as Error).message)).toContain(status === 500 ? 'Server Error' : 'Service Unavailable');
    expect(statusesAnswered()).toEqual([status, status, status]);
    expect(keysSent()).toEqual([KEY, KEY, KEY]);
  });
});

describe('not retried', () => {
  it.each([401, 403, 404, 422] as const)('a %i', async (status) => {
    altostratMock.respondWith('executeWorkflow', { status, times: 3 });
    await expect(provider({ maxRetries: 2 }).run(WORKFLOW)).rejects.toMatchObject({ status, retryable: false });
    expect(altostratMock.calls).toHaveLength(1);
  });

  it('beyond maxRetries: the last failure is reported, still retryable', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500, times: 4 });
    await expect(provider({ maxRetries: 2 }).run(WORKFLOW)).rejects.toMatchObject({
      code: 'server_error',
      retryable: true,
    });
    expect(statusesAnswered()).toEqual([500, 500, 500]);
    expectOneGeneratedKey(3);
  });

  it('at all with maxRetries 0', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 503, times: 2 });
    await expect(provider({ maxRetries: 0 }).run(WORKFLOW)).rejects.toMatchObject({ status: 503 });
    expect(altostratMock.calls).toHaveLength(1);
  });

  it('a 5xx on a raw client call that carries no Idempotency-Key', async () => {
    altostratMock.respondWith('executeWorkflow', { status: 500, times: 3 });
    const client = createAltostratClient({ apiKey: TOKEN, maxRetries: 2 });

    const call = client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: WORKFLOW } },
      body: {},
    });

    // Without a key Altostrat would queue a second run, so the failure is final.
    await expect(call).rejects.toMatchObject({ code: 'server_error', retryable: false });
    expect(altostratMock.calls).toHaveLength(1);
    expect(altostratMock.calls[0]?.headers['idempotency-key']).toBeUndefined();
  });
});

import { WorkflowApiError } from '@workflow-clients/core';
import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it } from 'vitest';
import { type MockedOperations, wivSpec } from './generated/spec-document.js';
import { createWivProvider } from './index.js';

const mock = useWorkflowMockServer<'wiv', { wiv: MockedOperations }>({ specs: { wiv: wivSpec } });
const wivMock = mock.mocks.vendors.wiv;

const API_KEY = 'wiv-test-key-0123456789';

// maxRetries: 0 keeps these tests to one attempt; retries have their own tests.
const provider = () => createWivProvider({ apiKey: API_KEY, maxRetries: 0 });

describe('run', () => {
  it('sends the input as `payload` with X-API-KEY and returns a queued run', async () => {
    const run = await provider().run('workflow_def456ghi789', { user_id: '12345', action: 'process_order' });

    expect(run).toMatchObject({
      vendor: 'wiv',
      workflowId: 'workflow_def456ghi789',
      runId: 'exec_abc123def456',
      status: 'queued',
    });
    expect(run.raw.data.event_type).toBe('WORKFLOW_TRIGGER');
    const [call] = wivMock.calls;
    expect(call?.headers['x-api-key']).toBe(API_KEY);
    expect(call?.body).toEqual({ payload: { user_id: '12345', action: 'process_order' } });
    expect(call?.pathParams).toEqual({ workflow_id: 'workflow_def456ghi789' });
  });

  it('sends an empty payload when there is no input', async () => {
    await provider().run('wf');
    expect(wivMock.calls[0]?.body).toEqual({ payload: {} });
  });

  it('reads the key from WIV_API_KEY when none is passed', async ({ onTestFinished }) => {
    const previous = process.env.WIV_API_KEY;
    process.env.WIV_API_KEY = 'from-the-environment';
    onTestFinished(() => {
      if (previous === undefined) delete process.env.WIV_API_KEY;
      else process.env.WIV_API_KEY = previous;
    });
    await createWivProvider({ maxRetries: 0 }).run('wf');
    expect(wivMock.calls[0]?.headers['x-api-key']).toBe('from-the-environment');
  });

  it('adds the caller’s extra headers to every request', async () => {
    await createWivProvider({ apiKey: API_KEY, headers: { 'x-trace-id': 'trace-1' } }).run('wf');
    expect(wivMock.calls[0]?.headers['x-trace-id']).toBe('trace-1');
  });

  it('offers no resume or cancel', () => {
    const wiv = provider();
    expect(wiv.capabilities).toEqual({
      resume: false,
      cancel: false,
      idempotency: false,
      getRun: false,
      settlesOnReturn: false,
    });
    expect('resume' in wiv).toBe(false);
    expect('cancel' in wiv).toBe(false);
    expect('getRun' in wiv).toBe(false);
  });

  it('cannot wait for a run: Wiv documents no way to read one back, so not_supported', async () => {
    const run = await provider().run('wf', {});
    const error = await provider()
      .waitForRun(run)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: 'wiv', code: 'not_supported' });
    expect((error as Error).message).toContain('no endpoint to read a run back');
    expect(wivMock.calls).toHaveLength(1);
  });
});

describe('error statuses', () => {
  it.each([
    [401, 'unauthorized', 'Unauthorized'],
    [403, 'forbidden', 'Forbidden'],
    [404, 'not_found', 'Workflow not found'],
    [429, 'rate_limited', 'Too many requests'],
    [500, 'server_error', 'Internal server error'],
  ] as const)('maps %i to %s with the parsed body', async (status, code, message) => {
    wivMock.respondWith('runWorkflow', { status });

    const error = await provider()
      .run('wf')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkflowApiError);
    expect(error).toMatchObject({ vendor: 'wiv', code, status, body: { message } });
    expect((error as Error).message).toContain(String(status));
    expect((error as Error).message).toContain(message);
  });

  it('marks 429 retryable with its Retry-After, and 500 not retryable', async () => {
    wivMock.respondWith('runWorkflow', { status: 429 });
    wivMock.respondWith('runWorkflow', { status: 500 });
    const wiv = provider();

    await expect(wiv.run('wf')).rejects.toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 30_000 });
    await expect(wiv.run('wf')).rejects.toMatchObject({ code: 'server_error', retryable: false });
  });

  it('carries x-request-id as requestId', async () => {
    wivMock.respondWith('runWorkflow', { status: 404, headers: { 'x-request-id': 'req_42' } });
    const error = await provider()
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ requestId: 'req_42' });
    expect((error as Error).message).toContain('req_42');
  });
});

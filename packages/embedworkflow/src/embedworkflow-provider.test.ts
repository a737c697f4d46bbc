import { WorkflowApiError } from '@workflow-clients/core';

import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { embedworkflowSpec, type MockedOperations } from './generated/spec-document.js';
import { createEmbedWorkflowClient, createEmbedWorkflowProvider } from './index.js';

const mock = useWorkflowMockServer<'embedworkflow', { embedworkflow: MockedOperations }>({
  specs: { embedworkflow: embedworkflowSpec },
});
const embedMock = mock.mocks.vendors.embedworkflow;

const API_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
const WORKFLOW_ID = '6opb4';
const EXECUTE_URL = 'https://embedworkflow.com/api/v1/workflows/:id/execute';
// The x-request-id example the spec documents on every response.
const SPEC_REQUEST_ID = '6f1c9a52-3b8e-4d07-9a14-c2e5b7d80f36';
const specExecution =
  embedworkflowSpec.paths['/workflows/{id}/execute'].post.responses['201'].content['application/json'].examples.created
    .value;

// maxRetries: 0 keeps most tests to one attempt; retries have their own tests.
const provider = (options: Parameters<typeof createEmbedWorkflowProvider>[0] = {}) =>
  createEmbedWorkflowProvider({ apiKey: API_KEY, maxRetries: 0, ...options });

/** Answers every execute call with a 201 whose body is `body`. */
function answerCreated(body: unknown) {
  mock.server.use(http.post(EXECUTE_URL, () => HttpResponse.json(body as never, { status: 201 })));
}

describe('run', () => {
  it('sends the input as execution_data with the bearer secret key and returns the created execution', async () => {
    const run = await provider().run(WORKFLOW_ID, { user_name: 'John Doe' });

    expect(run).toEqual({
      vendor: 'embedworkflow',
      workflowId: WORKFLOW_ID,
      runId: '0198c2e9-cc9f-7277-af8a-40c7ef19273a',
      status: 'running',
      vendorStatus: 'running',
      raw: specExecution,
    });
    expect(embedMock.calls).toHaveLength(1);
    const [call] = embedMock.calls;
    expect(call?.status).toBe(201);
    expect(call?.method).toBe('POST');
    expect(call?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(call?.headers['content-type']).toMatch(/^application\/json/);
    expect(new URL(call!.url).pathname).toBe('/api/v1/workflows/6opb4/execute');
    expect(call?.pathParams).toEqual({ id: WORKFLOW_ID });
    expect(call?.query).toEqual({});
    // user_key and id_type are left out, so Embed Workflow's defaults (main, id) apply.
    expect(call?.body).toEqual({ execution_data: { user_name: 'John Doe' } });
  });

  it('sends empty execution data when there is no input', async () => {
    await provider().run(WORKFLOW_ID);
    expect(embedMock.calls[0]?.body).toEqual({ execution_data: {} });
  });

  it('sends user_key and id_type only when the caller gives them', async () => {
    await provider().run('workflow_15', { plan: 'pro' }, { userKey: 'customer_42', idType: 'key' });
    await provider().run('workflow_15', {}, { userKey: 'customer_42' });
    expect(embedMock.calls.map((call) => call.body)).toEqual([
      { execution_data: { plan: 'pro' }, user_key: 'customer_42', id_type: 'key' },
      { execution_data: {}, user_key: 'customer_42' },
    ]);
  });

  it('accepts a live secret key', async () => {
    await provider({ apiKey: 'sk_live_51HqLyjWDarjtT1zdp7dc' }).run(WORKFLOW_ID);
    expect(embedMock.calls[0]?.headers.authorization).toBe('Bearer sk_live_51HqLyjWDarjtT1zdp7dc');
  });

  it('reads the key from EMBEDWORKFLOW_API_KEY when none is passed', async () => {
    vi.stubEnv('EMBEDWORKFLOW_API_KEY', 'sk_test_from_the_environment');
    await createEmbedWorkflowProvider({ maxRetries: 0 }).run(WORKFLOW_ID);
    expect(embedMock.calls[0]?.headers.authorization).toBe('Bearer sk_test_from_the_environment');
  });

  it('adds the caller’s extra headers to the request', async () => {
    await provider({ headers: { 'x-trace-id': 'trace-1' } }).run(WORKFLOW_ID);
    expect(embedMock.calls[0]?.headers['x-trace-id']).toBe('trace-1');
  });

  it('offers no resume, cancel or idempotency', () => {
    const embed = provider();
    expect(embed.vendor).toBe('embedworkflow');
    expect(embed.capabilities).toEqual({
      resume: false,
      cancel: false,
      idempotency: false,
      getRun: true,
      settlesOnReturn: false,
    });
    expect('resume' in embed).toBe(false);
    expect('cancel' in embed).toBe(false);
  });
});

describe('execution status', () => {
  it.each([
    ['running', 'running'],
    ['idle', 'queued'],
    ['pending', 'queued'],
    ['completed', 'succeeded'],
    ['failed', 'failed'],
    ['stopped', 'cancelled'],
  ] as const)('maps %s to %s and keeps the word', async (vendorStatus, status) => {
    answerCreated({ ...specExecution, status: vendorStatus });
    await expect(provider().run(WORKFLOW_ID)).resolves.toMatchObject({ status, vendorStatus });
  });

  it.each(['paused_for_approval', 'toString', '__proto__'])(
    'reads an unknown word %s as running and keeps it',
    async (word) => {
      answerCreated({ ...specExecution, status: word });
      await expect(provider().run(WORKFLOW_ID)).resolves.toMatchObject({ status: 'running', vendorStatus: word });
    },
  );
});

describe('error statuses', () => {
  it.each([
    [400, 'validation_failed', 'The request body must be a JSON object.'],
    [401, 'unauthorized', 'A valid secret key is required.'],
    [404, 'not_found', 'Workflow not found'],
    [422, 'validation_failed', 'The workflow could not be executed.'],
    [429, 'rate_limited', 'Too many requests'],
    [500, 'server_error', 'Something went wrong'],
  ] as const)('maps %i to %s with the parsed body and the x-request-id', async (status, code, message) => {
    embedMock.respondWith('executeWorkflow', { status });

    const error = await provider()
      .run(WORKFLOW_ID)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkflowApiError);
    expect(error).toMatchObject({
      vendor: 'embedworkflow',
      code,
      status,
      requestId: SPEC_REQUEST_ID,
      body: { message },
    });
    expect((error as Error).message).toContain(String(status));
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toContain(`[request id ${SPEC_REQUEST_ID}]`);
  });

  it('keeps the per-field errors of a 422', async () => {
    embedMock.respondWith('executeWorkflow', { status: 422 });
    await expect(provider().run(WORKFLOW_ID)).rejects.toMatchObject({
      body: { error: 'unprocessable_entity', errors: { execution_data: ['is invalid'] } },
    });
  });

  it('reports a 429 as retryable with its Retry-After when no retries are left', async () => {
    embedMock.respondWith('executeWorkflow', { status: 429 });
    await expect(provider().run(WORKFLOW_ID)).rejects.toMatchObject({
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 30_000,
    });
  });
});

describe('retries', () => {
  it('retries a 429, after the Retry-After it names, with the same request', async () => {
    embedMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '0' } });

    const run = await provider({ maxRetries: 2 }).run(WORKFLOW_ID, { user_name: 'John Doe' });

    expect(run.runId).toBe('0198c2e9-cc9f-7277-af8a-40c7ef19273a');
    expect(embedMock.calls.map((call) => call.status)).toEqual([429, 201]);
    expect(embedMock.calls[1]?.body).toEqual(embedMock.calls[0]?.body);
  });

  it('never retries a 500: the execution may already exist and no idempotency key guards it', async () => {
    embedMock.respondWith('executeWorkflow', { status: 500, times: 3 });
    await expect(provider({ maxRetries: 2 }).run(WORKFLOW_ID)).rejects.toMatchObject({
      code: 'server_error',
      retryable: false,
    });
    expect(embedMock.calls).toHaveLength(1);
  });

  it.each([400, 401, 404, 422] as const)('never retries a %i', async (status) => {
    embedMock.respondWith('executeWorkflow', { status, times: 3 });
    await expect(provider({ maxRetries: 2 }).run(WORKFLOW_ID)).rejects.toMatchObject({ status });
    expect(embedMock.calls).toHaveLength(1);
  });

  it('never retries a connection lost after the request may have been sent', async () => {
    let attempts = 0;
    mock.server.use(
      http.post(EXECUTE_URL, () => {
        attempts += 1;
        return HttpResponse.error();
      }),
    );
    await expect(provider({ maxRetries: 2 }).run(WORKFLOW_ID)).rejects.toMatchObject({
      code: 'network',
      retryable: false,
    });
    expect(attempts).toBe(1);
  });

  it('sends no idempotency header on any attempt', async () => {
    embedMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    await provider({ maxRetries: 1 }).run(WORKFLOW_ID);
    for (const call of embedMock.calls) {
      expect(Object.keys(call.headers).filter((name) => name.includes('idempotency'))).toEqual([]);
    }
  });
});

describe('the raw client', () => {
  const client = () => createEmbedWorkflowClient({ apiKey: API_KEY, maxRetries: 0 });

  it('may leave the body out, so every field takes its spec default', async () => {
    const { data, response } = await client().POST('/workflows/{id}/execute', {
      params: { path: { id: WORKFLOW_ID } },
    });
    expect(response.status).toBe(201);
    expect(data?.object).toBe('execution');
    expect(embedMock.calls[0]?.body).toBeUndefined();
  });

  it("sends form_data beside execution_data, as the vendor's Ruby SDK does, past the spec check", async () => {
    const body = { form_data: { Name: 'David', Email: 'david@embedworkflow.com' }, execution_data: { plan: 'pro' } };
    const { data, response } = await client().POST('/workflows/{id}/execute', {
      params: { path: { id: WORKFLOW_ID } },
      body,
    });
    expect(response.status).toBe(201);
    expect(data?.object).toBe('execution');
    expect(embedMock.calls[0]?.body).toEqual(body);
    expect(embedMock.contractFailures()).toEqual([]);
  });

  it('cannot send a misspelt body field past the spec', async () => {
    const error = await client()
      .POST('/workflows/{id}/execute', { params: { path: { id: WORKFLOW_ID } }, body: { executionData: {} } as never })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(JSON.stringify((error as WorkflowApiError).body)).toContain('executionData');
    expect(embedMock.contractFailures()).toHaveLength(1);
    // The broken request is this test's point; forget it so the file's contract check passes.
    embedMock.reset();
  });
});

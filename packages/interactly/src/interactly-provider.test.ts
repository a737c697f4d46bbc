import { WorkflowApiError } from '@workflow-clients/core';
import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { interactlySpec, type MockedOperations } from './generated/spec-document.js';
import { createInteractlyProvider } from './index.js';

const mock = useWorkflowMockServer<'interactly', { interactly: MockedOperations }>({
  specs: { interactly: interactlySpec },
});
const interactlyMock = mock.mocks.vendors.interactly;

const API_KEY = 'interactly-test-key-0123456789';
const WORKFLOW_ID = '5eb7cf5a86d9755df3a6c593';
// The run id every example answer in the spec carries.
const RUN_ID = '6650f1c2a9e4b3d2c1f0e9a8';
const EXECUTE_URL = 'https://api-qa.interactly.ai/workflows/v1/workflows/:workflow_id/execute';

// maxRetries: 0 keeps these tests to one attempt unless a test is about retries.
const provider = (maxRetries = 0) => createInteractlyProvider({ apiKey: API_KEY, maxRetries });

function answerTurnWith(body: unknown) {
  mock.server.use(http.post(EXECUTE_URL, () => HttpResponse.json(body as never)));
}

describe('run: the first turn', () => {
  it('starts the run with the input as dynamic variables, bearer auth and no run_id', async () => {
    const run = await provider().run(WORKFLOW_ID, { patient_name: 'Jane Doe' });

    const [call] = interactlyMock.calls;
    expect(call?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(new URL(call!.url).pathname).toBe(`/workflows/v1/workflows/${WORKFLOW_ID}/execute`);
    expect(call?.pathParams).toEqual({ workflow_id: WORKFLOW_ID });
    expect(call?.query).toEqual({});
    expect(call?.body).toEqual({
      run_input: { command: 'start', workflow_id: WORKFLOW_ID, dynamic_variables: { patient_name: 'Jane Doe' } },
    });
    expect(run).toEqual({
      vendor: 'interactly',
      workflowId: WORKFLOW_ID,
      runId: RUN_ID,
      status: 'waiting_for_input',
      vendorStatus: 'waiting_for_user_input',
      turnNumber: 1,
      nextInputHint: { node_logical_id: 'ask_date_of_birth', message: 'What is your date of birth?' },
      raw: expect.objectContaining({ run_id: RUN_ID, is_waiting_for_input: true, is_completed: false }),
    });
  });

  it('sends empty dynamic variables when there is no input', async () => {
    await provider().run(WORKFLOW_ID);
    expect(interactlyMock.calls[0]?.body).toEqual({
      run_input: { command: 'start', workflow_id: WORKFLOW_ID, dynamic_variables: {} },
    });
  });

  it.each([0, 7])('sends version=%i as the query parameter', async (version) => {
    await provider().run(WORKFLOW_ID, {}, { version });
    expect(interactlyMock.calls[0]?.query).toEqual({ version: String(version) });
  });

  it('reads the key from INTERACTLY_API_KEY when none is passed', async ({ onTestFinished }) => {
    const previous = process.env.INTERACTLY_API_KEY;
    process.env.INTERACTLY_API_KEY = 'from-the-environment';
    onTestFinished(() => {
      if (previous === undefined) delete process.env.INTERACTLY_API_KEY;
      else process.env.INTERACTLY_API_KEY = previous;
    });
    await createInteractlyProvider({ maxRetries: 0 }).run(WORKFLOW_ID);
    expect(interactlyMock.calls[0]?.headers.authorization).toBe('Bearer from-the-environment');
  });

  it('declares resume and cancel, and no idempotency', () => {
    expect(provider().capabilities).toEqual({
      resume: true,
      cancel: true,
      idempotency: false,
      getRun: true,
      settlesOnReturn: false,
    });
  });
});

describe('a whole session against the spec', () => {
  it('starts, waits for input, resumes with it and completes', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 200, example: 'waitingForInput' });
    interactlyMock.respondWith('executeWorkflow', { status: 200, example: 'completed' });
    const interactly = provider();

    const first = await interactly.run(WORKFLOW_ID, { patient_name: 'Jane Doe' }, { version: 2 });
    expect(first).toMatchObject({ status: 'waiting_for_input', runId: RUN_ID, turnNumber: 1 });
    expect(first.nextInputHint).toMatchObject({ message: 'What is your date of birth?' });

    const second = await interactly.resume(WORKFLOW_ID, first.runId!, { date_of_birth: '1990-04-12' });
    expect(second).toMatchObject({ status: 'succeeded', vendorStatus: 'completed', runId: RUN_ID, turnNumber: 2 });
    expect(second.nextInputHint).toBeUndefined();
    expect(second.error).toBeUndefined();

    const [turn1, turn2] = interactlyMock.calls;
    expect(turn1?.query).toEqual({ version: '2' });
    expect(turn1?.body).not.toHaveProperty('run_id');
    expect(turn2?.query).toEqual({});
    expect(turn2?.body).toEqual({
      run_id: RUN_ID,
      run_input: { workflow_id: WORKFLOW_ID, dynamic_variables: { date_of_birth: '1990-04-12' } },
    });
  });

  it('starts and cancels with command stop', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 200, example: 'waitingForInput' });
    interactlyMock.respondWith('executeWorkflow', { status: 200, example: 'cancelled' });
    const interactly = provider();

    const first = await interactly.run(WORKFLOW_ID);
    const stopped = await interactly.cancel(WORKFLOW_ID, first.runId!);

    expect(stopped).toMatchObject({ status: 'cancelled', vendorStatus: 'cancelled', runId: RUN_ID, turnNumber: 2 });
    expect(stopped.raw.is_completed).toBe(true);
    expect(interactlyMock.calls[1]?.body).toEqual({
      run_id: RUN_ID,
      run_input: { command: 'stop', workflow_id: WORKFLOW_ID },
    });
    expect(interactlyMock.calls[1]?.query).toEqual({});
  });

  it('resumes without input by leaving dynamic variables out', async () => {
    await provider().resume(WORKFLOW_ID, RUN_ID);
    expect(interactlyMock.calls[0]?.body).toEqual({ run_id: RUN_ID, run_input: { workflow_id: WORKFLOW_ID } });
  });
});

describe('status words', () => {
  it.each([
    ['completed', 'succeeded', undefined],
    ['cancelled', 'cancelled', undefined],
    ['failed', 'failed', 'Node confirm_details failed: the language model did not answer in time'],
    ['abortedLoopingRisk', 'failed', 'The workflow visited the same nodes too many times and was stopped.'],
  ] as const)('maps the %s example to %s, with its error', async (example, status, error) => {
    interactlyMock.respondWith('executeWorkflow', { status: 200, example });
    const run = await provider().resume(WORKFLOW_ID, RUN_ID, {});
    expect(run.status).toBe(status);
    expect(run.error).toBe(error);
  });

  it.each([
    ['not_started', 'queued'],
    ['started', 'running'],
    ['running', 'running'],
    ['paused', 'waiting_for_input'],
    ['waiting_for_user_input', 'waiting_for_input'],
  ])('maps %s to %s', async (word, status) => {
    answerTurnWith({
      run_id: RUN_ID,
      status: word,
      turn_number: 1,
      events: [],
      is_waiting_for_input: false,
      is_completed: false,
    });
    const run = await provider().run(WORKFLOW_ID);
    expect(run).toMatchObject({ status, vendorStatus: word });
  });

  it('takes a word it does not know as running and keeps it', async () => {
    answerTurnWith({
      run_id: RUN_ID,
      status: 'hibernating',
      turn_number: 3,
      events: [],
      is_waiting_for_input: false,
      is_completed: false,
    });
    const run = await provider().run(WORKFLOW_ID);
    expect(run).toMatchObject({ status: 'running', vendorStatus: 'hibernating', turnNumber: 3 });
  });

  it.each([
    ['without run_id', { status: 'running', turn_number: 1 }],
    ['without status', { run_id: RUN_ID, turn_number: 1 }],
    ['without turn_number', { run_id: RUN_ID, status: 'running' }],
    ['that is an array', [RUN_ID]],
  ])('turns a 2xx body %s into unexpected_response', async (_, body) => {
    answerTurnWith(body);
    await expect(provider().run(WORKFLOW_ID)).rejects.toMatchObject({ code: 'unexpected_response', retryable: false });
  });
});

describe('error statuses', () => {
  it.each([
    [401, 'unauthorized', { detail: 'Not authenticated' }],
    [403, 'forbidden', { detail: 'Not allowed to run this workflow' }],
    [404, 'not_found', { detail: 'Workflow not found' }],
    [429, 'rate_limited', { detail: 'Too many requests' }],
    [500, 'server_error', { detail: 'Internal Server Error' }],
  ] as const)('maps %i to %s with the parsed body', async (status, code, body) => {
    interactlyMock.respondWith('executeWorkflow', { status });
    const error = await provider()
      .run(WORKFLOW_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowApiError);
    expect(error).toMatchObject({ vendor: 'interactly', code, status, body });
    expect((error as Error).message).toContain(body.detail);
  });

  it('maps 422 to validation_failed, naming FastAPI’s messages', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 422 });
    const error = await provider()
      .run(WORKFLOW_ID)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'validation_failed',
      status: 422,
      body: {
        detail: [
          { loc: ['query', 'version'], msg: 'Input should be greater than or equal to 0', type: 'greater_than_equal' },
        ],
      },
    });
    expect((error as Error).message).toContain('Input should be greater than or equal to 0');
  });

  it('maps a 404 for an unknown run on resume', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 404, example: 'runNotFound' });
    await expect(provider().resume(WORKFLOW_ID, RUN_ID, { a: 1 })).rejects.toMatchObject({
      code: 'not_found',
      body: { detail: 'Workflow run not found' },
    });
  });

  it('keeps a plain-text 500 as text', async () => {
    mock.server.use(http.post(EXECUTE_URL, () => new HttpResponse('Internal Server Error', { status: 500 })));
    await expect(provider().run(WORKFLOW_ID)).rejects.toMatchObject({
      code: 'server_error',
      body: 'Internal Server Error',
    });
  });

  it('carries x-request-id as requestId when Interactly sends one', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 403, headers: { 'x-request-id': 'req_42' } });
    await expect(provider().run(WORKFLOW_ID)).rejects.toMatchObject({ code: 'forbidden', requestId: 'req_42' });
  });
});

describe('retries', () => {
  it('retries a rate-limited first turn with the same body and version', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    const run = await provider(2).run(WORKFLOW_ID, { n: 1 }, { version: 4 });
    expect(run.runId).toBe(RUN_ID);
    const [first, second] = interactlyMock.calls;
    expect(interactlyMock.calls.map((call) => call.status)).toEqual([429, 200]);
    expect(second?.body).toEqual(first?.body);
    expect(second?.query).toEqual({ version: '4' });
  });

  it('retries a rate-limited resume with the same run_id and still no version', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    interactlyMock.respondWith('executeWorkflow', { status: 200, example: 'completed' });
    const run = await provider(2).resume(WORKFLOW_ID, RUN_ID, { answer: 'yes' });
    expect(run.status).toBe('succeeded');
    expect(
      interactlyMock.calls.map((call) => [call.status, (call.body as { run_id?: string }).run_id, call.query]),
    ).toEqual([
      [429, RUN_ID, {}],
      [200, RUN_ID, {}],
    ]);
  });

  it('honours Retry-After', async () => {
    interactlyMock.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '1' } });
    await provider(1).run(WORKFLOW_ID);
    const [first, second] = interactlyMock.calls;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it.each([
    [500, 'server_error'],
    [422, 'validation_failed'],
    [404, 'not_found'],
  ] as const)('never retries %i: the turn may already have run, or will fail again', async (status, code) => {
    interactlyMock.respondWith('executeWorkflow', { status, times: 3 });
    await expect(provider(3).resume(WORKFLOW_ID, RUN_ID, { answer: 'yes' })).rejects.toMatchObject({
      code,
      retryable: false,
    });
    expect(interactlyMock.calls).toHaveLength(1);
  });
});

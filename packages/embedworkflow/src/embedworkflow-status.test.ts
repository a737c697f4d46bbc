import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it } from 'vitest';
import { embedworkflowSpec, type MockedOperations } from './generated/spec-document.js';
import { createEmbedWorkflowProvider } from './index.js';

// Reading executions back: getRun and waitForRun, through the spec-backed mock.
const mock = useWorkflowMockServer<'embedworkflow', { embedworkflow: MockedOperations }>({
  specs: { embedworkflow: embedworkflowSpec },
});
const embedMock = mock.mocks.vendors.embedworkflow;

const WORKFLOW_ID = '6opb4';
const EXECUTION_ID = '0198c2e9-cc9f-7277-af8a-40c7ef19273a';
const provider = (maxRetries = 0) => createEmbedWorkflowProvider({ apiKey: 'sk_test_status', maxRetries });

describe('getRun', () => {
  it('retrieves the execution, its stats included', async () => {
    const run = await provider().getRun(WORKFLOW_ID, EXECUTION_ID);
    expect(run).toMatchObject({
      vendor: 'embedworkflow',
      workflowId: WORKFLOW_ID,
      runId: EXECUTION_ID,
      status: 'succeeded',
      vendorStatus: 'completed',
    });
    expect(run.raw.stats).toEqual({ node_send_email: { completed: 1 }, edge_start_to_send_email: { completed: 1 } });
    expect(embedMock.calls[0]).toMatchObject({
      method: 'GET',
      operationId: 'getExecution',
      pathParams: { id: EXECUTION_ID },
    });
  });

  it.each(['', '.', '..'])('refuses the execution id %j before sending', async (id) => {
    await expect(provider().getRun(WORKFLOW_ID, id)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(embedMock.calls).toEqual([]);
  });

  it('maps a 404 to not_found, with the request id', async () => {
    embedMock.respondWith('getExecution', { status: 404, headers: { 'x-request-id': 'req_404' } });
    await expect(provider().getRun(WORKFLOW_ID, EXECUTION_ID)).rejects.toMatchObject({
      code: 'not_found',
      requestId: 'req_404',
    });
  });
});

describe('waitForRun', () => {
  it('follows a running execution from run() until it completes', async () => {
    embedMock.respondWith('getExecution', { status: 200, example: 'running', times: 2 });
    embedMock.respondWith('getExecution', { status: 200, example: 'completed' });
    const started = await provider().run(WORKFLOW_ID, { user_name: 'John Doe' });
    expect(started.status).toBe('running');
    const done = await provider().waitForRun(started, { intervalMs: 1 });
    expect(done).toMatchObject({ status: 'succeeded', vendorStatus: 'completed', runId: EXECUTION_ID });
    expect(embedMock.calls.map((call) => call.operationId)).toEqual([
      'executeWorkflow',
      'getExecution',
      'getExecution',
      'getExecution',
    ]);
  });

  it('stops waiting when the caller aborts', async () => {
    embedMock.respondWith('getExecution', { status: 200, example: 'running', times: 1_000 });
    const started = await provider().run(WORKFLOW_ID, {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(provider().waitForRun(started, { intervalMs: 5, signal: controller.signal })).rejects.toMatchObject({
      code: 'aborted',
    });
  });
});

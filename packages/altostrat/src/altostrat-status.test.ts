import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it } from 'vitest';
import { altostratSpec, type MockedOperations } from './generated/spec-document.js';
import { createAltostratProvider } from './index.js';

// Reading runs back: getRun, waitForRun and listRuns, through the spec-backed mock.
const mock = useWorkflowMockServer<'altostrat', { altostrat: MockedOperations }>({
  specs: { altostrat: altostratSpec },
});
const altostratMock = mock.mocks.vendors.altostrat;

const WORKFLOW_ID = 'fl_a1b2c3d4e5f6g7h8';
const RUN_ID = 'fl_run_a1b2c3d4e5f6g7h8';
const provider = (maxRetries = 0) => createAltostratProvider({ apiKey: 'altostrat.test.jwt', maxRetries });

describe('getRun', () => {
  it('reads the run with its logs, and sends no idempotency key on a read', async () => {
    const run = await provider().getRun(WORKFLOW_ID, RUN_ID);
    expect(run).toMatchObject({
      vendor: 'altostrat',
      workflowId: WORKFLOW_ID,
      runId: RUN_ID,
      status: 'succeeded',
      vendorStatus: 'completed',
    });
    expect(run.raw.logs?.[0]).toMatchObject({ node_id: 'node_webhook', status: 'success' });
    const [call] = altostratMock.calls;
    expect(call).toMatchObject({ method: 'GET', operationId: 'getWorkflowRun', pathParams: { runId: RUN_ID } });
    expect(call?.headers['idempotency-key']).toBeUndefined();
  });

  it.each(['', '.', '..'])('refuses the run id %j before sending', async (runId) => {
    await expect(provider().getRun(WORKFLOW_ID, runId)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(altostratMock.calls).toEqual([]);
  });

  // The spec states no run id format, so an id without the usual prefix is read back as given.
  it.each(['run_1', 'fl_run_', 'fl_run_a1b2/c3'])('sends the run id %j, percent-encoded', async (runId) => {
    await provider().getRun(WORKFLOW_ID, runId);
    const [call] = altostratMock.calls;
    expect(call?.pathParams.runId).toBe(runId);
    expect(new URL(call!.url).pathname).toBe(`/workflows/runs/${encodeURIComponent(runId)}`);
  });

  it('maps a 404 to not_found', async () => {
    altostratMock.respondWith('getWorkflowRun', { status: 404 });
    await expect(provider().getRun(WORKFLOW_ID, RUN_ID)).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('waitForRun', () => {
  it('follows a queued run from run() until it completes', async () => {
    altostratMock.respondWith('getWorkflowRun', { status: 200, example: 'running', times: 1 });
    const queued = await provider().run(WORKFLOW_ID, { user_id: 123 });
    expect(queued.status).toBe('queued');
    const done = await provider().waitForRun(queued, { intervalMs: 1 });
    expect(done).toMatchObject({ status: 'succeeded', runId: RUN_ID });
    expect(altostratMock.calls.map((call) => call.operationId)).toEqual([
      'executeWorkflow',
      'getWorkflowRun',
      'getWorkflowRun',
    ]);
  });

  it('waits out a 429 for its Retry-After and goes on polling', async () => {
    altostratMock.respondWith('getWorkflowRun', { status: 429, headers: { 'retry-after': '0' }, times: 1 });
    const queued = {
      vendor: 'altostrat' as const,
      workflowId: WORKFLOW_ID,
      runId: RUN_ID,
      status: 'queued' as const,
      raw: {} as never,
    };
    await expect(provider().waitForRun(queued, { intervalMs: 1 })).resolves.toMatchObject({ status: 'succeeded' });
    expect(altostratMock.calls.map((call) => call.status)).toEqual([429, 200]);
  });

  it('gives up with timeout when the run does not settle in time', async () => {
    altostratMock.respondWith('getWorkflowRun', { status: 200, example: 'running', times: 1_000 });
    const queued = {
      vendor: 'altostrat' as const,
      workflowId: WORKFLOW_ID,
      runId: RUN_ID,
      status: 'queued' as const,
      raw: {} as never,
    };
    await expect(provider().waitForRun(queued, { intervalMs: 5, timeoutMs: 60 })).rejects.toMatchObject({
      code: 'timeout',
      vendor: 'altostrat',
    });
  });
});

describe('listRuns', () => {
  it('stops after one page when it is the only one', async () => {
    const pages = [];
    for await (const page of provider().listRuns(WORKFLOW_ID).pages()) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(altostratMock.calls).toHaveLength(1);
  });

  it('follows the pages while links.next is set, each execution a run of the workflow', async () => {
    altostratMock.respondWith('listWorkflowExecutions', { status: 200, example: 'firstPage', times: 1 });
    altostratMock.respondWith('listWorkflowExecutions', { status: 200, example: 'lastPage', times: 1 });
    const runs = [];
    for await (const run of provider().listRuns(WORKFLOW_ID)) runs.push(run);
    expect(runs).toMatchObject([
      { vendor: 'altostrat', workflowId: WORKFLOW_ID, runId: 'fl_run_b2c3d4e5f6g7h8i9', status: 'failed' },
      { vendor: 'altostrat', workflowId: WORKFLOW_ID, runId: RUN_ID, status: 'succeeded', vendorStatus: 'completed' },
    ]);
    expect(runs[0]?.error).toMatch(/Webhook request failed/);
    expect(altostratMock.calls.map((call) => call.query)).toEqual([{ page: '1' }, { page: '2' }]);
  });

  it('stops with unexpected_response rather than loop when the server answers another page', async () => {
    // Page 2 in answer to a request for page 1 cannot be right.
    altostratMock.respondWith('listWorkflowExecutions', { status: 200, example: 'lastPage', times: 1 });
    const pages = provider().listRuns(WORKFLOW_ID).pages();
    await expect(pages.next()).rejects.toMatchObject({ code: 'unexpected_response' });
    expect(altostratMock.calls).toHaveLength(1);
  });

  it('refuses a workflow id that is not one before sending', async () => {
    // Without the documented `fl_` prefix (a run id is prefixed `fl_` too, so only Altostrat can refuse that).
    const runs = provider().listRuns('run_a1b2c3d4e5f6g7h8')[Symbol.asyncIterator]();
    await expect(runs.next()).rejects.toMatchObject({ code: 'invalid_input' });
    expect(altostratMock.calls).toEqual([]);
  });
});

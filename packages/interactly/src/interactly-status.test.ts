import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it } from 'vitest';
import { interactlySpec, type MockedOperations } from './generated/spec-document.js';
import { createInteractlyProvider } from './index.js';

// Reading runs back: getRun, waitForRun and listRuns, through the spec-backed mock.
const mock = useWorkflowMockServer<'interactly', { interactly: MockedOperations }>({
  specs: { interactly: interactlySpec },
});
const interactlyMock = mock.mocks.vendors.interactly;

const WORKFLOW_ID = '5eb7cf5a86d9755df3a6c593';
const RUN_ID = '6650f1c2a9e4b3d2c1f0e9a8';
const provider = (maxRetries = 0) => createInteractlyProvider({ apiKey: 'interactly-test-key-0123456789', maxRetries });

describe('getRun', () => {
  it('reads the run by its id, without taking a turn', async () => {
    const run = await provider().getRun(WORKFLOW_ID, RUN_ID);
    expect(run).toMatchObject({
      vendor: 'interactly',
      workflowId: WORKFLOW_ID,
      runId: RUN_ID,
      status: 'waiting_for_input',
      vendorStatus: 'waiting_for_user_input',
    });
    const [call] = interactlyMock.calls;
    expect(call).toMatchObject({
      method: 'GET',
      operationId: 'getWorkflowRun',
      pathParams: { workflow_run_id: RUN_ID },
    });
    expect(call?.headers.authorization).toMatch(/^Bearer /);
  });

  it("maps the vendor's status word", async () => {
    interactlyMock.respondWith('getWorkflowRun', { status: 200, example: 'completed' });
    await expect(provider().getRun(WORKFLOW_ID, RUN_ID)).resolves.toMatchObject({
      status: 'succeeded',
      vendorStatus: 'completed',
    });
  });

  it.each(['', '.', '..'])('refuses the run id %j before sending', async (runId) => {
    await expect(provider().getRun(WORKFLOW_ID, runId)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(interactlyMock.calls).toEqual([]);
  });

  // `run_id` has no documented format, so whatever a turn answered with is read back as given.
  it.each(['not-an-object-id', '6650F1C2A9E4B3D2C1F0E9A8', 'run/7 a'])(
    'sends the run id %j, percent-encoded',
    async (runId) => {
      await provider().getRun(WORKFLOW_ID, runId);
      const [call] = interactlyMock.calls;
      expect(call?.pathParams.workflow_run_id).toBe(runId);
      expect(new URL(call!.url).pathname).toBe(`/workflows/v1/workflow-runs/${encodeURIComponent(runId)}`);
    },
  );

  it('maps a 404 to not_found', async () => {
    interactlyMock.respondWith('getWorkflowRun', { status: 404 });
    await expect(provider().getRun(WORKFLOW_ID, RUN_ID)).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });

  it('retries a 500 on a read, which cannot start anything twice', async () => {
    interactlyMock.respondWith('getWorkflowRun', { status: 500, times: 1 });
    await expect(provider(2).getRun(WORKFLOW_ID, RUN_ID)).resolves.toMatchObject({ status: 'waiting_for_input' });
    expect(interactlyMock.calls.map((call) => call.status)).toEqual([500, 200]);
  });
});

describe('waitForRun', () => {
  it('polls a running run until it settles', async () => {
    interactlyMock.respondWith('getWorkflowRun', { status: 200, example: 'running', times: 2 });
    interactlyMock.respondWith('getWorkflowRun', { status: 200, example: 'completed' });
    const seen: string[] = [];
    const started = {
      vendor: 'interactly' as const,
      workflowId: WORKFLOW_ID,
      runId: RUN_ID,
      status: 'running' as const,
      raw: {} as never,
    };
    const run = await provider().waitForRun(started, {
      intervalMs: 1,
      onProgress: (latest) => seen.push(latest.status),
    });
    expect(run.status).toBe('succeeded');
    expect(seen).toEqual(['running', 'running', 'succeeded']);
    expect(interactlyMock.calls).toHaveLength(3);
  });

  it('returns a run that waits for input at once: the next turn is the caller’s', async () => {
    const run = await provider().run(WORKFLOW_ID, {});
    expect(run.status).toBe('waiting_for_input');
    await expect(provider().waitForRun(run)).resolves.toBe(run);
    expect(interactlyMock.calls).toHaveLength(1);
  });
});

describe('listRuns', () => {
  it('walks the pages until the last, passing the query on, each item a run', async () => {
    interactlyMock.respondWith('listWorkflowRuns', { status: 200, example: 'firstPage', times: 1 });
    interactlyMock.respondWith('listWorkflowRuns', { status: 200, example: 'lastPage', times: 1 });
    const runs = [];
    for await (const run of provider().listRuns({ size: 1, search: 'Jane' })) runs.push(run);
    expect(runs).toMatchObject([
      { vendor: 'interactly', workflowId: WORKFLOW_ID, runId: RUN_ID, status: 'succeeded', vendorStatus: 'completed' },
      { vendor: 'interactly', workflowId: WORKFLOW_ID, runId: '6650f1c2a9e4b3d2c1f0e9a9', status: 'failed' },
    ]);
    expect(interactlyMock.calls.map((call) => call.query)).toEqual([
      { size: '1', search: 'Jane', page: '1' },
      { size: '1', search: 'Jane', page: '2' },
    ]);
  });

  it('stops with unexpected_response rather than loop when the server answers another page', async () => {
    // Page 1 of 2, twice: the answer to page 2 cannot be right.
    interactlyMock.respondWith('listWorkflowRuns', { status: 200, example: 'firstPage', times: 2 });
    const pages = provider().listRuns({ size: 1 }).pages();
    await pages.next();
    await expect(pages.next()).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the page size %s before sending', (size) => {
    expect(() => provider().listRuns({ size })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(interactlyMock.calls).toEqual([]);
  });
});

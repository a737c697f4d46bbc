// Runs in a fresh project outside the workspace, on each msw the mock package supports, with
// the packages installed from their tarballs: what a user's own test file does with our mocks.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLoopbackMockServer } from '@workflow-clients/msw/node';
import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { createWivProvider } from '@workflow-clients/wiv';
import { describe, expect, it } from 'vitest';
import { createWorkflowClient, vendors, WorkflowApiError } from 'workflow-clients';

type DemoRuns = Record<string, [workflowId: string, input: Record<string, unknown>, apiKey: string]>;
const demoRuns: DemoRuns = JSON.parse(readFileSync(new URL('./demo-runs.json', import.meta.url), 'utf8'));
const mswVersion: string = JSON.parse(
  readFileSync(new URL('./node_modules/msw/package.json', import.meta.url), 'utf8'),
).version;

const mock = useWorkflowMockServer();

describe(`@workflow-clients/msw on msw ${mswVersion}`, () => {
  it.each(vendors)('answers a run of %s from its spec', async (vendor) => {
    const [workflowId, input, apiKey] = demoRuns[vendor] ?? ['', {}, ''];
    const run = await createWorkflowClient({ vendor, apiKey }).run(workflowId, input);
    expect(run.vendor).toBe(vendor);
    expect(mock.mocks.vendors[vendor].calls).toHaveLength(1);
    expect(mock.mocks.vendors[vendor].calls[0]?.contractErrors).toEqual([]);
  });

  it('answers as planned with respondWith, and the client retries a 429', async () => {
    mock.mocks.vendors.wiv.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    await createWivProvider({ apiKey: 'test-key' }).run('workflow_def456ghi789', { user_id: '12345' });
    expect(mock.mocks.vendors.wiv.calls.map((call) => call.status)).toEqual([429, 200]);
  });

  it('answers 400 to a request that breaks the spec, and records why', async () => {
    const response = await fetch('https://api.wiv.ai/workflows/workflow_def456ghi789/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    const [call] = mock.mocks.contractFailures();
    expect(call?.contractErrors.length).toBeGreaterThan(0);
    // The broken request is this test's point; reset so the file's afterEach does not fail it.
    mock.mocks.reset();
  });

  it('refuses a request that no spec describes rather than letting it out', async () => {
    let reached = 0;
    const bystander = createServer((_request, response) => {
      reached += 1;
      response.end('reached');
    });
    await new Promise<void>((resolve) => bystander.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = bystander.address() as AddressInfo;
      await expect(fetch(`http://127.0.0.1:${port}/anything`)).rejects.toThrow();
      expect(reached).toBe(0);
    } finally {
      bystander.close();
    }
  });

  it('reports a refused run as a WorkflowApiError', async () => {
    mock.mocks.vendors.wiv.respondWith('runWorkflow', { status: 401 });
    const error = await createWivProvider({ apiKey: 'test-key' })
      .run('workflow_def456ghi789', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowApiError);
    expect(error).toMatchObject({ vendor: 'wiv', code: 'unauthorized' });
  });

  it('serves the same mock on a loopback socket', async () => {
    const server = await startLoopbackMockServer({});
    try {
      mock.close(); // real sockets only: nothing in this process may intercept
      const run = await createWivProvider({ apiKey: 'test-key', baseUrl: server.baseUrlOf('wiv') }).run(
        'workflow_def456ghi789',
        { user_id: '12345' },
      );
      expect(run.vendor).toBe('wiv');
      expect(server.mocks.vendors.wiv.calls).toHaveLength(1);
    } finally {
      await server.close();
      mock.listen();
    }
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@workflow-clients/core';
import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { wivDefinition } from '@workflow-clients/wiv/internal';
import { describe, expect, it } from 'vitest';
import { createWorkflowClient, vendorNames, vendors, WorkflowApiError, type WorkflowProvider } from './index.js';

const mock = useWorkflowMockServer();

describe('createWorkflowClient', () => {
  it('lists every vendor that has a spec, with the name its package gives itself', () => {
    const specs = readdirSync(join(import.meta.dirname, '../../../specs'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect([...vendors].sort()).toEqual(specs.map((entry) => entry.name).sort());
    expect(Object.isFrozen(vendors)).toBe(true);
    expect(vendorNames.wiv).toBe(wivDefinition.name);
    for (const vendor of vendors) expect(vendorNames[vendor]).toMatch(/\S/);
  });

  // One run per vendor through the facade, against each spec's own examples.
  it.each([
    ['wiv', 'workflow_def456ghi789', {}, { status: 'queued', runId: 'exec_abc123def456' }],
    ['interactly', '5eb7cf5a86d9755df3a6c593', {}, { status: 'waiting_for_input' }],
    ['embedworkflow', '0198c2e9-cc9f-7277-af8a-40c7ef19273a', { embedApiKey: true }, { status: 'running' }],
    ['aitutor', 'wf_abc123', {}, { status: 'succeeded' }],
    ['altostrat', 'fl_a1b2c3d4e5f6g7h8', {}, { status: 'queued', runId: 'fl_run_a1b2c3d4e5f6g7h8' }],
  ] as const)('runs %s through its own package', async (vendor, workflowId, flags, expected) => {
    const apiKey = 'embedApiKey' in flags ? 'sk_test_facade' : 'facade-key';
    const run = await createWorkflowClient({ vendor, apiKey }).run(workflowId, { source: 'facade' });
    expect(run).toMatchObject({ vendor, workflowId, ...expected });
    expect(mock.mocks.vendors[vendor].calls).toHaveLength(1);
  });

  it('returns the Wiv provider, which runs against the spec', async () => {
    const client = createWorkflowClient({ vendor: 'wiv', apiKey: 'demo-key' });
    expect(client.vendor).toBe('wiv');
    const run = await client.run('workflow_def456ghi789', { user_id: '12345' });
    expect(run).toMatchObject({ vendor: 'wiv', runId: 'exec_abc123def456', status: 'queued' });
    expect(mock.mocks.vendors.wiv.calls[0]?.body).toEqual({ payload: { user_id: '12345' } });
  });

  it('passes every option through to the vendor package', async () => {
    const client = createWorkflowClient({
      vendor: 'wiv',
      apiKey: 'demo-key',
      headers: { 'x-app': 'facade' },
      maxRetries: 0,
    });
    mock.mocks.vendors.wiv.respondWith('runWorkflow', { status: 429 });
    await expect(client.run('wf')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(mock.mocks.vendors.wiv.calls).toHaveLength(1);
    expect(mock.mocks.vendors.wiv.calls[0]?.headers['x-app']).toBe('facade');
  });

  // Run and wait, through the facade, for every vendor: a vendor that can read a run back is
  // polled until the run settles; AI Tutor's runs are final already; Wiv says not_supported.
  it.each([
    ['interactly', '5eb7cf5a86d9755df3a6c593', 'waiting_for_input', 1],
    ['embedworkflow', '6opb4', 'succeeded', 2],
    ['aitutor', 'wf_abc123', 'succeeded', 1],
    ['altostrat', 'fl_a1b2c3d4e5f6g7h8', 'succeeded', 2],
  ] as const)('runs and waits on %s', async (vendor, workflowId, settled, requests) => {
    // Held as the common interface, as a vendor chosen at run time is: it takes any vendor's run.
    const client: WorkflowProvider = createWorkflowClient({
      vendor,
      apiKey: vendor === 'embedworkflow' ? 'sk_test_facade' : 'facade-key',
    });
    await expect(client.waitForRun(await client.run(workflowId, {}), { intervalMs: 1 })).resolves.toMatchObject({
      vendor,
      status: settled,
    });
    expect(mock.mocks.vendors[vendor].calls.length).toBeGreaterThanOrEqual(requests);
    expect(client.capabilities.getRun).toBe(vendor !== 'aitutor');
  });

  it('streams AI Tutor text through the facade', async () => {
    const chunks: string[] = [];
    for await (const chunk of await createWorkflowClient({ vendor: 'aitutor', apiKey: 'facade-key' }).stream(
      'wf_abc123',
      { story: 'x' },
    ))
      chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(mock.mocks.vendors.aitutor.calls.map((call) => call.operationId)).toEqual([
      'createStreamToken',
      'streamWorkflow',
    ]);
  });

  it('says not_supported when asked to wait for a Wiv run', async () => {
    const client = createWorkflowClient({ vendor: 'wiv', apiKey: 'facade-key' });
    await expect(client.waitForRun(await client.run('wf', {}))).rejects.toMatchObject({ code: 'not_supported' });
  });

  it('throws a TypeError for a vendor it does not know', () => {
    expect(() => createWorkflowClient({ vendor: 'no-such-vendor' as 'wiv' })).toThrow(
      new TypeError(`Unknown vendor "no-such-vendor"; expected one of ${vendors.join(', ')}.`),
    );
    expect(() => createWorkflowClient({ vendor: 'toString' as 'wiv' })).toThrow(TypeError);
  });

  it('re-exports core’s public API, not copies of it, and nothing of core/internal', async () => {
    expect(WorkflowApiError).toBe(core.WorkflowApiError);
    const facade = await import('./index.js');
    for (const name of Object.keys(core))
      expect(facade, name).toHaveProperty(name, (core as Record<string, unknown>)[name]);
    expect(Object.keys(facade)).not.toContain('createVendorRuntime');
  });
});

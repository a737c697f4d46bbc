import * as core from '@workflow-clients/core';
import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it } from 'vitest';
import { WorkflowApiError, createWorkflowClient, vendors } from './index.js';

const mock = useWorkflowMockServer();

describe('createWorkflowClient', () => {
  it('lists the vendors it can create', () => {
    expect(vendors).toEqual(['wiv']);
    expect(Object.isFrozen(vendors)).toBe(true);
  });

  it('returns the Wiv provider, which runs against the spec', async () => {
    const client = createWorkflowClient({ vendor: 'wiv', apiKey: 'demo-key' });
    expect(client.vendor).toBe('wiv');
    const run = await client.run('workflow_def456ghi789', { user_id: '12345' });
    expect(run).toMatchObject({ vendor: 'wiv', runId: 'exec_abc123def456', status: 'queued' });
    expect(mock.mocks.vendors.wiv.calls[0]?.body).toEqual({ payload: { user_id: '12345' } });
  });

  it('passes every option through to the vendor package', async () => {
    const client = createWorkflowClient({ vendor: 'wiv', apiKey: 'demo-key', headers: { 'x-app': 'facade' }, maxRetries: 0 });
    mock.mocks.vendors.wiv.respondWith('runWorkflow', { status: 429 });
    await expect(client.run('wf')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(mock.mocks.vendors.wiv.calls).toHaveLength(1);
    expect(mock.mocks.vendors.wiv.calls[0]?.headers['x-app']).toBe('facade');
  });

  it('throws a TypeError for a vendor it does not know', () => {
    expect(() => createWorkflowClient({ vendor: 'acme' as 'wiv' })).toThrow(new TypeError('Unknown vendor "acme"; expected one of wiv.'));
    expect(() => createWorkflowClient({ vendor: 'toString' as 'wiv' })).toThrow(TypeError);
  });

  it('re-exports the core types and errors, not copies of them', () => {
    expect(WorkflowApiError).toBe(core.WorkflowApiError);
  });
});

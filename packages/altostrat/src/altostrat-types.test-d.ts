import type { WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createAltostratClient, createAltostratProvider, type AltostratRunResponse } from './index.js';

describe('the Altostrat client is typed by its spec', () => {
  const client = createAltostratClient({ apiKey: 'k' });

  it('accepts the documented request, with or without an idempotency key', () => {
    void client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: 'fl_1' }, header: { 'Idempotency-Key': '5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64' } },
      body: { context: { user_id: 123 } },
    });
    void client.POST('/workflows/{workflowId}/execute', { params: { path: { workflowId: 'fl_1' } }, body: {} });
  });

  it('rejects a wrong body or a missing path parameter', () => {
    // @ts-expect-error context is an object
    void client.POST('/workflows/{workflowId}/execute', { params: { path: { workflowId: 'fl_1' } }, body: { context: 'x' } });
    // @ts-expect-error params.path.workflowId is required
    void client.POST('/workflows/{workflowId}/execute', { body: { context: {} } });
  });

  it('types the run status as the documented enum', async () => {
    const { data } = await client.POST('/workflows/{workflowId}/execute', { params: { path: { workflowId: 'fl_1' } }, body: {} });
    expectTypeOf<NonNullable<typeof data>['status']>().toEqualTypeOf<
      'pending' | 'running' | 'completed' | 'failed' | 'awaiting_ui_interaction'
    >();
  });
});

describe('the Altostrat provider', () => {
  const provider = createAltostratProvider({ apiKey: 'k' });

  it('is a WorkflowProvider with idempotency and the typed raw run', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<WorkflowRun<AltostratRunResponse>>();
    expectTypeOf(provider.capabilities.idempotency).toEqualTypeOf<true>();
  });

  it('has no resume or cancel', () => {
    // @ts-expect-error Altostrat cannot resume through this API
    void provider.resume;
    // @ts-expect-error Altostrat cannot cancel through this API
    void provider.cancel;
  });
});

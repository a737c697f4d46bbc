import type { RunListing, WorkflowProvider, WorkflowRun, WorkflowRunStatus } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AltostratRun,
  type AltostratRunOptions,
  type AltostratRunPage,
  type AltostratRunResponse,
  altostratStatuses,
  createAltostratClient,
  createAltostratProvider,
  type paths,
} from './index.js';

const KEY = '5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64';

describe('the Altostrat client is typed by its spec', () => {
  const client = createAltostratClient({ apiKey: 'k' });

  it('accepts the documented request, with or without context and idempotency key', () => {
    void client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: 'fl_1' }, header: { 'Idempotency-Key': KEY } },
      body: { context: { user_id: 123, source: 'manual-test' } },
    });
    void client.POST('/workflows/{workflowId}/execute', { params: { path: { workflowId: 'fl_1' } }, body: {} });
  });

  it('rejects a wrong body', () => {
    void client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: 'fl_1' } },
      // @ts-expect-error context is an object: `Type 'string'` for `{ [x: string]: unknown; }`
      body: { context: 'manual-test' },
    });
    void client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: 'fl_1' } },
      // @ts-expect-error the body is required: `Type 'undefined' is not assignable`
      body: undefined,
    });
  });

  it('rejects a missing or misnamed path parameter, and a mistyped header', () => {
    // @ts-expect-error params.path.workflowId is required: `Property 'params' is missing` for `workflowId: string`
    void client.POST('/workflows/{workflowId}/execute', { body: { context: {} } });
    void client.POST('/workflows/{workflowId}/execute', {
      // @ts-expect-error the parameter is workflowId: `'workflow_id' does not exist in type '{ workflowId: string; }'`
      params: { path: { workflow_id: 'fl_1' } },
      body: {},
    });
    void client.POST('/workflows/{workflowId}/execute', {
      // @ts-expect-error the idempotency key is a string: `Type 'number' is not assignable to type 'string'`
      params: { path: { workflowId: 'fl_1' }, header: { 'Idempotency-Key': 42 } },
      body: {},
    });
  });

  it('rejects paths and methods the spec does not have', () => {
    // @ts-expect-error runs are read, not deleted: `Argument of type '"/workflows/runs/{runId}"'`
    void client.DELETE('/workflows/runs/{runId}', { params: { path: { runId: 'fl_run_1' } } });
    // @ts-expect-error the run is named by runId: `'workflowId' does not exist in type '{ runId: string; }'`
    void client.GET('/workflows/runs/{runId}', { params: { path: { workflowId: 'fl_1' } } });
    // @ts-expect-error execute is POST only: `Argument of type '"/workflows/{workflowId}/execute"'`
    void client.GET('/workflows/{workflowId}/execute', { params: { path: { workflowId: 'fl_1' } } });
  });

  it('types the 202 body as the run, with the documented status enum and nullable fields', async () => {
    const { data } = await client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: 'fl_1' } },
      body: {},
    });
    expectTypeOf(data).toEqualTypeOf<AltostratRunResponse | undefined>();
    expectTypeOf<AltostratRunResponse['status']>().toEqualTypeOf<
      'pending' | 'running' | 'completed' | 'failed' | 'awaiting_ui_interaction'
    >();
    expectTypeOf<AltostratRunResponse['id']>().toEqualTypeOf<string>();
    expectTypeOf<AltostratRunResponse['error_message']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<AltostratRunResponse['started_at']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<
      paths['/workflows/{workflowId}/execute']['post']['responses'][202]['content']['application/json']
    >().toEqualTypeOf<AltostratRunResponse>();
  });
});

describe('the Altostrat provider', () => {
  const provider = createAltostratProvider({ apiKey: 'k' });

  it('is a WorkflowProvider whose raw answer is the typed run', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<AltostratRun>();
    expectTypeOf(provider.run).returns.resolves.toExtend<WorkflowRun<AltostratRunResponse, 'altostrat'>>();
    expectTypeOf<AltostratRun['idempotencyKey']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(provider.vendor).toEqualTypeOf<'altostrat'>();
    expectTypeOf(provider.capabilities).toEqualTypeOf<{
      readonly resume: false;
      readonly cancel: false;
      readonly idempotency: true;
      readonly idempotencyWindowMs: 86_400_000;
      readonly getRun: true;
      readonly settlesOnReturn: false;
    }>();
  });

  it('reads runs back and pages through executions', () => {
    expectTypeOf(provider.getRun).returns.resolves.toEqualTypeOf<AltostratRun>();
    expectTypeOf(provider.waitForRun).returns.resolves.toEqualTypeOf<AltostratRun>();
    expectTypeOf(provider.listRuns).returns.toEqualTypeOf<RunListing<AltostratRun, AltostratRunPage>>();
    expectTypeOf(provider.listRuns('fl_1').pages).returns.toEqualTypeOf<AsyncIterableIterator<AltostratRunPage>>();
    expectTypeOf<AltostratRunPage['links']['next']>().toEqualTypeOf<string | null>();
    // @ts-expect-error the workflow id comes first: `Expected 1-2 arguments, but got 0`
    void provider.listRuns();
  });

  it('has no resume or cancel', () => {
    // @ts-expect-error Altostrat runs cannot be resumed through this API: `Property 'resume' does not exist`
    void provider.resume;
    // @ts-expect-error Altostrat runs cannot be cancelled through this API: `Property 'cancel' does not exist`
    void provider.cancel;
  });

  it('takes an object input and the idempotency key per run', () => {
    void provider.run('fl_1', { user_id: 123 }, { idempotencyKey: KEY, timeoutMs: 5_000 });
    expectTypeOf(provider.run).parameter(2).toEqualTypeOf<AltostratRunOptions | undefined>();
    // @ts-expect-error the input is a key/value object: `Argument of type 'string'` for `'Record<string, unknown>'`
    void provider.run('fl_1', 'manual-test');
    // @ts-expect-error the idempotency key is a string: `Type 'number' is not assignable to type 'string'`
    void provider.run('fl_1', {}, { idempotencyKey: 42 });
  });

  it('maps every documented status word', () => {
    expectTypeOf(altostratStatuses).toHaveProperty('awaiting_ui_interaction');
    expectTypeOf(altostratStatuses.awaiting_ui_interaction).toEqualTypeOf<'waiting_for_input'>();
    expectTypeOf<(typeof altostratStatuses)[AltostratRunResponse['status']]>().toExtend<WorkflowRunStatus>();
  });
});

import type { WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createWivClient, createWivProvider, type paths, type WivRunResponse } from './index.js';

describe('the Wiv client is typed by its spec', () => {
  const client = createWivClient({ apiKey: 'k' });

  it('accepts the documented request', () => {
    void client.POST('/workflows/{workflow_id}/run', {
      params: { path: { workflow_id: 'wf' } },
      body: { payload: { anything: [1, 'two'] } },
    });
    void client.POST('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'wf' } }, body: {} });
  });

  it('rejects a wrong body', () => {
    void client.POST('/workflows/{workflow_id}/run', {
      params: { path: { workflow_id: 'wf' } },
      // @ts-expect-error payload is an object: `Type 'string'` for `{ [x: string]: unknown; }`
      body: { payload: 'text' },
    });
    void client.POST('/workflows/{workflow_id}/run', {
      params: { path: { workflow_id: 'wf' } },
      // @ts-expect-error the body is required: `Type 'undefined' is not assignable`
      body: undefined,
    });
  });

  it('rejects a missing or misnamed path parameter', () => {
    // @ts-expect-error params.path.workflow_id is required: `Property 'params' is missing` for `workflow_id: string`
    void client.POST('/workflows/{workflow_id}/run', { body: { payload: {} } });
    void client.POST('/workflows/{workflow_id}/run', {
      // @ts-expect-error the parameter is workflow_id, not id: `'id' does not exist in type '{ workflow_id: string; }'`
      params: { path: { id: 'wf' } },
      body: { payload: {} },
    });
  });

  it('rejects paths and methods the spec does not have', () => {
    // @ts-expect-error Wiv documents no status endpoint: `Argument of type '"/workflows/{workflow_id}/runs/{run_id}"'`
    void client.GET('/workflows/{workflow_id}/runs/{run_id}', {});
    // @ts-expect-error the run endpoint is POST only: `Argument of type '"/workflows/{workflow_id}/run"'`
    void client.GET('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'wf' } } });
  });

  it('types the success body', async () => {
    const { data } = await client.POST('/workflows/{workflow_id}/run', {
      params: { path: { workflow_id: 'wf' } },
      body: { payload: {} },
    });
    expectTypeOf(data).toEqualTypeOf<WivRunResponse | undefined>();
    expectTypeOf<NonNullable<typeof data>['data']['event_type']>().toEqualTypeOf<'WORKFLOW_TRIGGER'>();
    expectTypeOf<
      paths['/workflows/{workflow_id}/run']['post']['responses'][200]['content']['application/json']
    >().toEqualTypeOf<WivRunResponse>();
  });
});

describe('the Wiv provider', () => {
  const provider = createWivProvider({ apiKey: 'k' });

  it('is a WorkflowProvider whose raw answer is the typed Wiv response', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<WorkflowRun<WivRunResponse, 'wiv'>>();
    expectTypeOf(provider.vendor).toEqualTypeOf<'wiv'>();
  });

  it('has no resume or cancel', () => {
    // @ts-expect-error Wiv cannot resume a run: `Property 'resume' does not exist`
    void provider.resume;
    // @ts-expect-error Wiv cannot cancel a run: `Property 'cancel' does not exist`
    void provider.cancel;
    expectTypeOf(provider.capabilities.resume).toEqualTypeOf<false>();
  });

  it('takes only object inputs', () => {
    // @ts-expect-error the input is a key/value object: `Argument of type 'string'` for `'Record<string, unknown>'`
    void provider.run('wf', 'text');
    // @ts-expect-error the workflow id is a string: `'number' is not assignable to parameter of type 'string'`
    void provider.run(42);
  });
});

import type { RunOptions, WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type components,
  createEmbedWorkflowClient,
  createEmbedWorkflowProvider,
  type EmbedWorkflowExecution,
  type EmbedWorkflowRunOptions,
  type paths,
} from './index.js';

describe('the Embed Workflow client is typed by its spec', () => {
  const client = createEmbedWorkflowClient({ apiKey: 'sk_test_k' });
  const path = { params: { path: { id: '6opb4' } } };

  it('accepts the documented request, every body field optional', () => {
    void client.POST('/workflows/{id}/execute', {
      ...path,
      body: { execution_data: { user_name: 'John Doe', nested: [1, { a: true }] }, user_key: 'main', id_type: 'id' },
    });
    void client.POST('/workflows/{id}/execute', { ...path, body: {} });
    void client.POST('/workflows/{id}/execute', path);
  });

  it("accepts form_data, which the vendor's Ruby SDK sends beside execution_data", () => {
    void client.POST('/workflows/{id}/execute', {
      ...path,
      body: { form_data: { Name: 'David' }, execution_data: { user_name: 'John Doe' } },
    });
    // @ts-expect-error form_data is a key/value object: `Type 'string'` for `{ [x: string]: unknown; }`
    void client.POST('/workflows/{id}/execute', { ...path, body: { form_data: 'David' } });
  });

  it('rejects a wrong body', () => {
    // @ts-expect-error execution_data is a key/value object: `Type 'string'` for `{ [x: string]: unknown; }`
    void client.POST('/workflows/{id}/execute', { ...path, body: { execution_data: 'John Doe' } });
    // @ts-expect-error user_key is a string: `Type 'number' is not assignable to type 'string'`
    void client.POST('/workflows/{id}/execute', { ...path, body: { user_key: 42 } });
    // @ts-expect-error id_type is a string: `Type 'null' is not assignable to type 'string | undefined'`
    void client.POST('/workflows/{id}/execute', { ...path, body: { id_type: null } });
  });

  it('rejects a missing or misnamed path parameter', () => {
    // @ts-expect-error params.path.id is required: `Property 'params' is missing` for `path: { id: string; }`
    void client.POST('/workflows/{id}/execute', { body: {} });
    // @ts-expect-error the parameter is id, not workflow_id: `'workflow_id' does not exist in type '{ id: string; }'`
    void client.POST('/workflows/{id}/execute', { params: { path: { workflow_id: '6opb4' } }, body: {} });
    // @ts-expect-error the id is a string: `Type 'number' is not assignable to type 'string'`
    void client.POST('/workflows/{id}/execute', { params: { path: { id: 15 } }, body: {} });
  });

  it('rejects paths and methods the spec does not have', () => {
    // @ts-expect-error executions can be read, not deleted: `Argument of type '"/executions/{id}"'`
    void client.DELETE('/executions/{id}', { params: { path: { id: 'x' } } });
    // @ts-expect-error workflows are not listed by this API: `Argument of type '"/workflows"'`
    void client.GET('/workflows', {});
    // @ts-expect-error execute is POST only: `Argument of type '"/workflows/{id}/execute"'`
    void client.GET('/workflows/{id}/execute', path);
  });

  it('types the created execution', async () => {
    const { data } = await client.POST('/workflows/{id}/execute', { ...path, body: {} });
    expectTypeOf(data).toEqualTypeOf<EmbedWorkflowExecution | undefined>();
    type Execution = NonNullable<typeof data>;
    expectTypeOf<Execution['object']>().toEqualTypeOf<'execution'>();
    expectTypeOf<Execution['id']>().toEqualTypeOf<string>();
    expectTypeOf<Execution['status']>().toEqualTypeOf<string>();
    expectTypeOf<Execution['completed_actions_count']>().toEqualTypeOf<number>();
    expectTypeOf<Execution['execution_data']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<
      paths['/workflows/{id}/execute']['post']['responses'][201]['content']['application/json']
    >().toEqualTypeOf<components['schemas']['Execution']>();
  });
});

describe('the Embed Workflow provider', () => {
  const provider = createEmbedWorkflowProvider({ apiKey: 'sk_test_k' });

  it('is a WorkflowProvider whose raw answer is the typed execution', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<WorkflowRun<EmbedWorkflowExecution, 'embedworkflow'>>();
    expectTypeOf(provider.vendor).toEqualTypeOf<'embedworkflow'>();
    expectTypeOf(provider.capabilities).toEqualTypeOf<{
      readonly resume: false;
      readonly cancel: false;
      readonly idempotency: false;
      readonly getRun: true;
      readonly settlesOnReturn: false;
    }>();
  });

  it('has no resume or cancel', () => {
    // @ts-expect-error Embed Workflow offers no resume through this API: `Property 'resume' does not exist`
    void provider.resume;
    // @ts-expect-error Embed Workflow offers no cancel through this API: `Property 'cancel' does not exist`
    void provider.cancel;
  });

  it('takes user_key and id_type as run options beside the common ones', () => {
    expectTypeOf<EmbedWorkflowRunOptions>().toExtend<RunOptions>();
    void provider.run('6opb4', { user_name: 'John Doe' }, { userKey: 'customer_42', idType: 'key', timeoutMs: 5_000 });
    // @ts-expect-error userKey is a string: `Type 'number' is not assignable to type 'string'`
    void provider.run('6opb4', {}, { userKey: 42 });
    // @ts-expect-error the option is userKey: `'user_key' does not exist in type 'EmbedWorkflowRunOptions'`
    void provider.run('6opb4', {}, { user_key: 'main' });
  });

  it('takes only object inputs and string ids', () => {
    // @ts-expect-error the input is a key/value object: `Argument of type 'string'` for `'Record<string, unknown>'`
    void provider.run('6opb4', 'John Doe');
    // @ts-expect-error the workflow id is a string: `'number' is not assignable to parameter of type 'string'`
    void provider.run(15);
  });
});

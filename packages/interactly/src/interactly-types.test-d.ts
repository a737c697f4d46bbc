import type { CallOptions, RunListing, WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type components,
  createInteractlyClient,
  createInteractlyProvider,
  type InteractlyRun,
  type InteractlyRunPage,
  type InteractlyRunRecord,
  type InteractlyRunResponse,
  type InteractlyRunState,
  type paths,
} from './index.js';

const EXECUTE = '/workflows/v1/workflows/{workflow_id}/execute';
const WORKFLOW_ID = '5eb7cf5a86d9755df3a6c593';

describe('the Interactly client is typed by its spec', () => {
  const client = createInteractlyClient({ apiKey: 'k' });

  it('accepts the documented requests', () => {
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID }, query: { version: 0 } },
      body: { run_input: { command: 'start', workflow_id: WORKFLOW_ID, dynamic_variables: { a: 1 } } },
    });
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      body: { run_id: 'r', run_input: { command: 'stop' } },
    });
    // The reference never lists its commands, so one it does not show is not refused.
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      body: { run_id: 'r', run_input: { command: 'pause' } },
    });
  });

  it('rejects a wrong body', () => {
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      // @ts-expect-error run_input is required: `Property 'run_input' is missing`
      body: { run_id: 'r' },
    });
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      // @ts-expect-error command is a string: `Type 'number' is not assignable to type 'string'`
      body: { run_input: { command: 1 } },
    });
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      // @ts-expect-error dynamic_variables is an object: `Type 'string'` for `{ [x: string]: unknown; }`
      body: { run_input: { dynamic_variables: 'text' } },
    });
    void client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      // @ts-expect-error run_id is a string or null: `Type 'number' is not assignable to type 'string'`
      body: { run_input: {}, run_id: 42 },
    });
  });

  it('rejects a missing or misnamed path parameter', () => {
    // @ts-expect-error params.path.workflow_id is required: `Property 'params' is missing` for `workflow_id: string`
    void client.POST(EXECUTE, { body: { run_input: {} } });
    void client.POST(EXECUTE, {
      // @ts-expect-error the parameter is workflow_id, not id: `'id' does not exist in type '{ workflow_id: string; }'`
      params: { path: { id: WORKFLOW_ID } },
      body: { run_input: {} },
    });
  });

  it('rejects a version that is not a number', () => {
    void client.POST(EXECUTE, {
      // @ts-expect-error version is an integer or null: `Type 'string' is not assignable to type 'number'`
      params: { path: { workflow_id: WORKFLOW_ID }, query: { version: '1' } },
      body: { run_input: {} },
    });
  });

  it('rejects paths the spec does not describe', () => {
    // @ts-expect-error runs are read, not deleted: `Argument of type '"/workflows/v1/workflow-runs/{workflow_run_id}"'`
    void client.DELETE('/workflows/v1/workflow-runs/{workflow_run_id}', { params: { path: { workflow_run_id: 'x' } } });
    // @ts-expect-error reading a run needs its id: `Property 'params' is missing` for `workflow_run_id: string`
    void client.GET('/workflows/v1/workflow-runs/{workflow_run_id}', {});
  });

  it('types the success body', async () => {
    const { data } = await client.POST(EXECUTE, {
      params: { path: { workflow_id: WORKFLOW_ID } },
      body: { run_input: {} },
    });
    expectTypeOf(data).toEqualTypeOf<InteractlyRunResponse | undefined>();
    expectTypeOf<NonNullable<typeof data>['status']>().toEqualTypeOf<components['schemas']['WorkflowRunStatus']>();
    expectTypeOf<
      paths[typeof EXECUTE]['post']['responses'][200]['content']['application/json']
    >().toEqualTypeOf<InteractlyRunResponse>();
  });
});

describe('the Interactly provider', () => {
  const provider = createInteractlyProvider({ apiKey: 'k' });

  it('is a WorkflowProvider whose runs carry the typed Interactly answer', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<InteractlyRun>();
    expectTypeOf<InteractlyRun>().toExtend<WorkflowRun<InteractlyRunResponse>>();
    expectTypeOf<InteractlyRun['raw']>().toEqualTypeOf<InteractlyRunResponse>();
    expectTypeOf<InteractlyRun['turnNumber']>().toEqualTypeOf<number>();
    expectTypeOf<InteractlyRun['nextInputHint']>().toEqualTypeOf<Record<string, unknown> | undefined>();
    expectTypeOf(provider.vendor).toEqualTypeOf<'interactly'>();
    expectTypeOf(provider.capabilities).toEqualTypeOf<{
      readonly resume: true;
      readonly cancel: true;
      readonly idempotency: false;
      readonly getRun: true;
      readonly settlesOnReturn: false;
    }>();
  });

  it('reads runs back: getRun typed by the run record, waitForRun by either document', () => {
    expectTypeOf(provider.getRun).parameters.toEqualTypeOf<
      [workflowId: string, runId: string, options?: CallOptions]
    >();
    expectTypeOf(provider.getRun).returns.resolves.toEqualTypeOf<InteractlyRunState>();
    expectTypeOf<InteractlyRunState['raw']>().toEqualTypeOf<InteractlyRunRecord>();
    expectTypeOf(provider.waitForRun).returns.resolves.toEqualTypeOf<
      WorkflowRun<InteractlyRunResponse | InteractlyRunRecord, 'interactly'>
    >();
    expectTypeOf(provider.listRuns).returns.toEqualTypeOf<RunListing<InteractlyRunState, InteractlyRunPage>>();
    // @ts-expect-error size is a number: `Type 'string' is not assignable to type 'number'`
    void provider.listRuns({ size: '10' });
    // @ts-expect-error pages are walked by the iterator, not chosen: `'page' does not exist`
    void provider.listRuns({ page: 2 });
  });

  it('has resume and cancel, always defined', () => {
    expectTypeOf(provider.resume).returns.resolves.toEqualTypeOf<InteractlyRun>();
    expectTypeOf(provider.cancel).returns.resolves.toEqualTypeOf<InteractlyRun>();
    expectTypeOf(provider.cancel).parameter(2).toEqualTypeOf<CallOptions | undefined>();
  });

  it('takes a version on the first turn only', () => {
    void provider.run(WORKFLOW_ID, {}, { version: 2 });
    // @ts-expect-error later turns keep the first turn's version: `'version' does not exist in type 'CallOptions'`
    void provider.resume(WORKFLOW_ID, 'r', {}, { version: 2 });
    // @ts-expect-error version is a number: `Type 'string' is not assignable to type 'number'`
    void provider.run(WORKFLOW_ID, {}, { version: '2' });
  });

  it('takes object inputs and string ids', () => {
    // @ts-expect-error the input is a key/value object: `Argument of type 'string'` for `'Record<string, unknown>'`
    void provider.run(WORKFLOW_ID, 'text');
    // @ts-expect-error the run id is a string: `'number' is not assignable to parameter of type 'string'`
    void provider.cancel(WORKFLOW_ID, 42);
    // @ts-expect-error cancel takes no input: `Expected 2-3 arguments, but got 4`
    void provider.cancel(WORKFLOW_ID, 'r', { answer: 'yes' }, {});
  });
});

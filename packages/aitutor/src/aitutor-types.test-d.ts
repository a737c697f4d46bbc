import type { WorkflowProvider } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createAiTutorClient, createAiTutorProvider, type AiTutorOutput, type AiTutorRun } from './index.js';

describe('the AI Tutor client is typed by its spec', () => {
  const client = createAiTutorClient({ apiKey: 'k' });

  it('rejects a missing path parameter or body', () => {
    // @ts-expect-error params.path.workflow_id is required
    void client.POST('/api/v1/run/{workflow_id}', { body: { story: 's' } });
    // @ts-expect-error the body is the variables object
    void client.POST('/api/v1/run/{workflow_id}', { params: { path: { workflow_id: 'wf' } }, body: 'story' });
  });

  it('types the success body', async () => {
    const { data } = await client.POST('/api/v1/run/{workflow_id}', { params: { path: { workflow_id: 'wf' } }, body: {} });
    expectTypeOf<NonNullable<typeof data>['result']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<typeof data>['citations']>().toEqualTypeOf<string[] | undefined>();
  });
});

describe('the AI Tutor provider', () => {
  const provider = createAiTutorProvider({ apiKey: 'k' });

  it('returns a finished run with typed output', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<AiTutorRun>();
    expectTypeOf<AiTutorRun['output']>().toEqualTypeOf<AiTutorOutput>();
    expectTypeOf<AiTutorRun['status']>().toEqualTypeOf<'succeeded'>();
  });

  it('has no resume or cancel', () => {
    // @ts-expect-error a synchronous run cannot be resumed
    void provider.resume;
    // @ts-expect-error a synchronous run cannot be cancelled
    void provider.cancel;
  });
});

import type { WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AiTutorOutput,
  type AiTutorRun,
  type AiTutorRunResponse,
  type AiTutorTextStream,
  type components,
  createAiTutorClient,
  createAiTutorProvider,
  type paths,
} from './index.js';

describe('the AI Tutor client is typed by its spec', () => {
  const client = createAiTutorClient({ apiKey: 'k' });
  const path = { workflow_id: 'wf_abc123' };

  it('accepts template variables of any JSON value', () => {
    void client.POST('/api/v1/run/{workflow_id}', { params: { path }, body: { story: 's', chapters: 3, tags: ['a'] } });
    void client.POST('/api/v1/run/{workflow_id}', { params: { path }, body: {} });
  });

  it('rejects a body that is not a variables object', () => {
    // @ts-expect-error the body is an object of variables: `Type 'string'` for `{ [x: string]: unknown; }`
    void client.POST('/api/v1/run/{workflow_id}', { params: { path }, body: 'story' });
    // @ts-expect-error the body is an object of variables: `Type 'number'` for `{ [x: string]: unknown; }`
    void client.POST('/api/v1/run/{workflow_id}', { params: { path }, body: 42 });
    // @ts-expect-error the body is required: `Property 'body' is missing`
    void client.POST('/api/v1/run/{workflow_id}', { params: { path } });
  });

  it('rejects a missing or misnamed path parameter', () => {
    // @ts-expect-error params.path.workflow_id is required: `Property 'params' is missing` for `workflow_id: string`
    void client.POST('/api/v1/run/{workflow_id}', { body: { story: 's' } });
    // @ts-expect-error the parameter is workflow_id, not id: `'id' does not exist in type '{ workflow_id: string; }'`
    void client.POST('/api/v1/run/{workflow_id}', { params: { path: { id: 'wf' } }, body: {} });
  });

  it('rejects paths and methods the spec does not have', () => {
    // @ts-expect-error the stream's token is its security scheme, not a parameter: `Type '{ token: string; }' is not assignable`
    void client.POST('/api/v1/run/{workflow_id}/stream', { params: { path, query: { token: 'pub_tok_x' } }, body: {} });
    // @ts-expect-error the token endpoint is GET only: `Argument of type '"/api/v1/token"'`
    void client.POST('/api/v1/token', {});
    // @ts-expect-error the run endpoint is POST only: `Argument of type '"/api/v1/run/{workflow_id}"'`
    void client.GET('/api/v1/run/{workflow_id}', { params: { path } });
  });

  it('types the success body', async () => {
    const { data } = await client.POST('/api/v1/run/{workflow_id}', { params: { path }, body: {} });
    expectTypeOf(data).toEqualTypeOf<AiTutorRunResponse | undefined>();
    expectTypeOf<AiTutorRunResponse['success']>().toEqualTypeOf<true>();
    expectTypeOf<AiTutorRunResponse['result']>().toEqualTypeOf<string>();
    expectTypeOf<AiTutorRunResponse['citations']>().toEqualTypeOf<string[] | undefined>();
  });

  it('types the flat error body and the optional rate-limit headers', () => {
    type ErrorBody = components['schemas']['ErrorResponse'];
    expectTypeOf<ErrorBody>().toEqualTypeOf<{ success: false; error: string; code?: string }>();
    type SuccessHeaders = paths['/api/v1/run/{workflow_id}']['post']['responses'][200]['headers'];
    expectTypeOf<SuccessHeaders['x-ratelimit-limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SuccessHeaders['x-ratelimit-remaining']>().toEqualTypeOf<number | undefined>();
  });
});

describe('the AI Tutor provider', () => {
  const provider = createAiTutorProvider({ apiKey: 'k' });

  it('is a WorkflowProvider whose run is a finished run with the typed raw answer', () => {
    expectTypeOf(provider).toExtend<WorkflowProvider>();
    expectTypeOf(provider.vendor).toEqualTypeOf<'aitutor'>();
    expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<AiTutorRun>();
    expectTypeOf<AiTutorRun>().toExtend<WorkflowRun<AiTutorRunResponse>>();
    expectTypeOf<AiTutorRun['raw']>().toEqualTypeOf<AiTutorRunResponse>();
    expectTypeOf<AiTutorRun['output']>().toEqualTypeOf<AiTutorOutput>();
    expectTypeOf<AiTutorOutput['citations']>().toEqualTypeOf<string[]>();
    expectTypeOf<AiTutorRun['status']>().toEqualTypeOf<'succeeded'>();
    expectTypeOf<AiTutorRun['runId']>().toEqualTypeOf<undefined>();
  });

  it('streams text: a promise of an async iterable of strings, with the raw bytes beside it', () => {
    const provider = createAiTutorProvider({ apiKey: 'k' });
    expectTypeOf(provider.stream).returns.resolves.toEqualTypeOf<AiTutorTextStream>();
    expectTypeOf<AiTutorTextStream>().toExtend<AsyncIterable<string>>();
    expectTypeOf<AiTutorTextStream['body']>().toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf<AiTutorTextStream['text']>().returns.resolves.toBeString();
    // @ts-expect-error the TTL is a number of seconds: `Type 'string' is not assignable to type 'number'`
    void provider.stream('wf', {}, { tokenTtlSeconds: '60' });
    // @ts-expect-error the input is a key/value object: `Argument of type 'string'` for `'Record<string, unknown>'`
    void provider.stream('wf', 'a story');
  });

  it('has no resume or cancel', () => {
    // @ts-expect-error a synchronous run cannot be resumed: `Property 'resume' does not exist`
    void provider.resume;
    // @ts-expect-error a synchronous run cannot be cancelled: `Property 'cancel' does not exist`
    void provider.cancel;
    expectTypeOf(provider.capabilities).toEqualTypeOf<{
      readonly resume: false;
      readonly cancel: false;
      readonly idempotency: false;
      readonly getRun: false;
      readonly settlesOnReturn: true;
    }>();
  });

  it('takes only object inputs and a string id', () => {
    // @ts-expect-error the input is a key/value object: `Argument of type 'string'` for `'Record<string, unknown>'`
    void provider.run('wf_abc123', 'story');
    // @ts-expect-error the workflow id is a string: `'number' is not assignable to parameter of type 'string'`
    void provider.run(42);
  });
});

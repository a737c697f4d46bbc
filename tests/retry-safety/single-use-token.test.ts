import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createWorkflowClient } from 'workflow-clients';
import { vendorCases } from '../support/vendor-cases.js';

// AI Tutor's stream is authorized by a single-use token bought with the key. A retry would send
// a token the server may already have spent: the request that carries it is sent once, and a 429
// on it rejects as retryable, for a new stream() to buy a new token.
const mock = setupWorkflowMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.afterEach());
afterAll(() => mock.close());

const aitutor = () => createWorkflowClient({ vendor: 'aitutor', apiKey: vendorCases.aitutor.apiKey, maxRetries: 2 });
const calls = (operationId: string) =>
  mock.mocks.vendors.aitutor.calls.filter((call) => call.operationId === operationId);

it('never sends a stream token twice: a 429 on the stream rejects, retryable, and the next stream() buys a new token', async () => {
  mock.mocks.vendors.aitutor.respondWith('streamWorkflow', { status: 429, headers: { 'retry-after': '0' } });
  const error = await aitutor()
    .stream('wf_abc123', { story: 'x' })
    .catch((caught: unknown) => caught);
  expect(error).toMatchObject({
    name: 'WorkflowApiError',
    code: 'rate_limited',
    retryable: true,
    mayHaveStarted: false,
  });
  expect(calls('createStreamToken')).toHaveLength(1);
  expect(calls('streamWorkflow')).toHaveLength(1);

  const text = await (await aitutor().stream('wf_abc123', { story: 'x' })).text();
  expect(text.length).toBeGreaterThan(0);
  expect(calls('createStreamToken')).toHaveLength(2);
  expect(calls('streamWorkflow')).toHaveLength(2);
});

it('still retries the token request itself, which the key authorizes and which starts nothing', async () => {
  mock.mocks.vendors.aitutor.respondWith('createStreamToken', { status: 429, headers: { 'retry-after': '0' } });
  await (await aitutor().stream('wf_abc123', { story: 'x' })).text();
  expect(calls('createStreamToken')).toHaveLength(2);
  expect(calls('streamWorkflow')).toHaveLength(1);
});

import { assertContractsKept } from '@workflow-clients/mock-engine';
import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it } from 'vitest';
import { type MockedOperations, wivSpec } from './generated/spec-document.js';
import { createWivClient } from './index.js';

// Proof that the spec-backed handlers can fail: requests that break specs/wiv/openapi.yaml
// are answered 400 and recorded as contract failures, which fail any test that makes them.
const mock = useWorkflowMockServer<'wiv', { wiv: MockedOperations }>({ specs: { wiv: wivSpec } });
const wivMock = mock.mocks.vendors.wiv;

const API_KEY = 'wiv-test-key-0123456789';

function takeFailures() {
  const failures = mock.mocks.contractFailures();
  mock.mocks.reset();
  return failures;
}

describe('requests that break the Wiv spec', () => {
  it('a request without the X-API-KEY header', async () => {
    const response = await fetch('https://api.wiv.ai/workflows/wf/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: {} }),
    });
    expect(response.status).toBe(400);
    const [failure] = takeFailures();
    expect(failure?.contractErrors).toEqual([{ location: 'security', message: expect.stringContaining('wivApiKey') }]);
  });

  it('a body of the wrong shape, sent through the typed client against its types', async () => {
    const client = createWivClient({ apiKey: API_KEY, maxRetries: 0 });
    const error = await client
      .POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: 'wf' } },
        // @ts-expect-error payload must be an object
        body: { payload: 'not an object' },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation_failed', status: 400, body: { error: 'contract_violation' } });
    const [failure] = takeFailures();
    expect(failure?.contractErrors).toEqual([{ location: 'body', message: 'payload must be object' }]);
  });

  it('a body with a field the spec does not have', async () => {
    const client = createWivClient({ apiKey: API_KEY });
    // Cast: openapi-fetch's body type does not reject extra properties, so only the mock can.
    await client
      .POST('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'wf' } }, body: { input: {} } as never })
      .catch(() => undefined);
    const [failure] = takeFailures();
    expect(failure?.contractErrors[0]?.message).toMatch(/must NOT have additional properties \(input\)/);
  });

  it('a body that is not JSON', async () => {
    await fetch('https://api.wiv.ai/workflows/wf/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: '{"payload":',
    });
    expect(takeFailures()[0]?.contractErrors).toEqual([{ location: 'body', message: 'the body is not valid JSON' }]);
  });

  it('makes the test that sent it fail', async () => {
    await fetch('https://api.wiv.ai/workflows/wf/run', { method: 'POST' });
    expect(() => assertContractsKept(mock.mocks)).toThrow(
      /Requests broke the spec:\nPOST https:\/\/api\.wiv\.ai\/workflows\/wf\/run \(runWorkflow\)/,
    );
    expect(wivMock.calls).toHaveLength(0);
  });
});

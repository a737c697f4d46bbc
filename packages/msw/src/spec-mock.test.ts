// The literally typed document, from the vendor package that generates it, to read examples from.
import { wivSpec } from '@workflow-clients/wiv/spec';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertContractsKept, createSpecMock, type OpenApiDocument } from './index.js';

// The mock's own promises, on the Wiv spec: it answers with the spec's examples, any
// documented status on request, records every call, and reports contract failures.
const onContractFailure = vi.fn();
const wiv = createSpecMock(wivSpec as unknown as OpenApiDocument, {
  vendor: 'wiv',
  baseUrls: ['https://api.wiv.ai', 'http://127.0.0.1:4010/wiv'],
  onContractFailure,
});
const server = setupServer(...wiv.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  wiv.reset();
  onContractFailure.mockClear();
});
afterAll(() => server.close());

const run = (init: { key?: string | null; body?: string; base?: string; id?: string } = {}) =>
  fetch(`${init.base ?? 'https://api.wiv.ai'}/workflows/${init.id ?? 'wf_1'}/run?trace=1`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.key === null ? {} : { 'x-api-key': init.key ?? 'k' }),
    },
    body: init.body ?? '{"payload":{"a":1}}',
  });

describe('createSpecMock', () => {
  it('answers a valid request with the success example and records it', async () => {
    const response = await run();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered
        .value,
    );
    expect(wiv.calls).toEqual([
      expect.objectContaining({
        operationId: 'runWorkflow',
        method: 'POST',
        pathParams: { workflow_id: 'wf_1' },
        query: { trace: '1' },
        body: { payload: { a: 1 } },
        status: 200,
        contractErrors: [],
      }),
    ]);
    expect(wiv.calls[0]?.headers['x-api-key']).toBe('k');
  });

  it('answers on every base URL it was given, including a path prefix', async () => {
    expect((await run({ base: 'http://127.0.0.1:4010/wiv' })).status).toBe(200);
    expect(wiv.calls[0]?.pathParams).toEqual({ workflow_id: 'wf_1' });
  });

  it('answers a documented status on request, with its example body and headers, for `times` calls', async () => {
    wiv.respondWith('runWorkflow', { status: 429, times: 2 });
    const first = await run();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('30');
    expect(await first.json()).toEqual({ message: 'Too many requests' });
    expect((await run()).status).toBe(429);
    expect((await run()).status).toBe(200);
  });

  it('overrides and removes example headers', async () => {
    wiv.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': null, 'x-request-id': 'req_1' } });
    const response = await run();
    expect(response.headers.has('retry-after')).toBe(false);
    expect(response.headers.get('x-request-id')).toBe('req_1');
  });

  it('refuses to plan a status the spec does not document, or an unknown operation', () => {
    expect(() => wiv.respondWith('runWorkflow', { status: 418 })).toThrow(
      /does not document status 418 \(documented: 200, 401, 403, 404, 429, 500\)/,
    );
    expect(() => wiv.respondWith('cancelWorkflow', { status: 200 })).toThrow(/no operation cancelWorkflow/);
    expect(() => wiv.respondWith('runWorkflow', { status: 200, example: 'nope' })).toThrow(/no example named "nope"/);
  });

  it.each([
    [{ key: null }, 'security'],
    [{ key: '' }, 'security'],
    [{ body: '{"payload":[]}' }, 'body'],
    [{ body: '{"extra":true}' }, 'body'],
    [{ body: 'not json' }, 'body'],
    [{ body: '' }, 'body'],
  ] as const)('answers 400 and reports a contract failure for %j', async (init, location) => {
    const response = await run(init);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-contract-violation')).toBe('true');
    const body = (await response.json()) as { errors: Array<{ location: string }> };
    expect(body.errors.map((error) => error.location)).toContain(location);
    expect(wiv.contractFailures()).toHaveLength(1);
    expect(onContractFailure).toHaveBeenCalledOnce();
  });

  it('lets assertContractsKept fail the test that broke the contract, then start clean', async () => {
    await run({ key: null });
    expect(() => assertContractsKept(wiv)).toThrow(/security: missing or malformed credentials \(expected wivApiKey\)/);
    expect(wiv.calls).toHaveLength(0);
    expect(() => assertContractsKept(wiv)).not.toThrow();
  });
});

import { wivSpec } from '@workflow-clients/msw';
import { createWivClient } from '@workflow-clients/wiv';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkflowClient, isWorkflowApiError, type WorkflowApiError } from 'workflow-clients';
import { callOperation } from '../support/clients.js';
import { hostileFetch } from '../support/hostile-fetch.js';
import { describeOperation, operationCases } from '../support/operations.js';
import { httpAnswer, rawServer } from '../support/raw-server.js';
import { exampleOf } from '../support/spec-examples.js';
import { vendorCases } from '../support/vendor-cases.js';

/** The spec's own answer to a Wiv run. */
const wivRunExample = () =>
  exampleOf(wivSpec, { path: '/workflows/{workflow_id}/run', method: 'post', status: '200', example: 'triggered' });

// Malformed answers are `WorkflowApiError`s like every other failure: never a RangeError from
// a body nested thousands deep, never a prototype changed by a `__proto__` key, never `network`
// for a body that lies about its encoding, never a timer of Infinity ms.

const jsonOperations = operationCases.filter((operation) => operation.operationId !== 'streamWorkflow');
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

async function callWith(operation: (typeof operationCases)[number], answer: () => Response) {
  const hostile = hostileFetch(operation.operationId, answer, { vendor: operation.vendor });
  return callOperation(operation, {
    apiKey: vendorCases[operation.vendor].apiKey,
    fetch: hostile.fetch,
    maxRetries: 0,
  }).then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error: error as WorkflowApiError }),
  );
}

describe('a JSON answer nested thousands of levels deep', () => {
  it.each(jsonOperations.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: in a 2xx, is unexpected_response',
    async (_, operation) => {
      const { error } = await callWith(
        operation,
        () => new Response(`{"deep":${nested(5_000)}}`, { headers: { 'content-type': 'application/json' } }),
      );
      expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response', status: 200 });
    },
  );

  it.each(jsonOperations.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: in an error body, keeps the status’s code',
    async (_, operation) => {
      const { error } = await callWith(
        operation,
        () =>
          new Response(`{"error":${nested(5_000)}}`, { status: 404, headers: { 'content-type': 'application/json' } }),
      );
      expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'not_found', status: 404 });
      expect(() => JSON.stringify(error)).not.toThrow();
    },
  );

  it('deep inside an otherwise valid answer, is refused rather than handed over', async () => {
    const answer = structuredClone(wivRunExample()) as {
      data: Record<string, unknown>;
    };
    const text = JSON.stringify(answer).replace('"payload":{}', `"payload":{"deep":${nested(5_000)}}`);
    const { error } = await callWith(
      jsonOperations[0]!,
      () => new Response(text, { headers: { 'content-type': 'application/json' } }),
    );
    expect(error).toMatchObject({ code: 'unexpected_response' });
  });
});

describe('an error body with a __proto__ key', () => {
  it.each(jsonOperations.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: keeps the key as data and the prototype as it was',
    async (_, operation) => {
      const body =
        '{"__proto__":{"polluted":true,"message":"from the prototype"},"constructor":{"prototype":{"polluted":true}},"message":"refused"}';
      const { error } = await callWith(
        operation,
        () => new Response(body, { status: 400, headers: { 'content-type': 'application/json' } }),
      );
      expect(error).toMatchObject({ code: 'validation_failed' });
      const errorBody = error!.body as Record<string, unknown>;
      expect(Object.getPrototypeOf(errorBody)).toBe(Object.prototype);
      expect(errorBody.polluted).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(errorBody, '__proto__')?.value).toEqual({
        polluted: true,
        message: 'from the prototype',
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('Retry-After values no timer can hold', () => {
  it.each([
    ['400 nines', '9'.repeat(400)],
    ['a century of seconds', '3155760000'],
    ['a date in the year 9999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('%s: clamped to a day, never Infinity', async (_, value) => {
    const { error } = await callWith(jsonOperations[0]!, () =>
      Response.json({ error: 'slow down' }, { status: 429, headers: { 'retry-after': value } }),
    );
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 24 * 60 * 60 * 1000 });
  });

  it.each(['-5', 'soon', '1e9', '0x10', 'NaN', 'Infinity', ''])('garbage %j is ignored', async (value) => {
    const { error } = await callWith(jsonOperations[0]!, () =>
      Response.json({ error: 'slow down' }, { status: 429, headers: { 'retry-after': value } }),
    );
    expect(error).toMatchObject({ code: 'rate_limited' });
    expect(error!.retryAfterMs).toBeUndefined();
  });
});

describe('a buffered answer read again', () => {
  it('gives the same text and JSON every time', async () => {
    const answer = JSON.stringify(wivRunExample());
    const client = createWivClient({
      apiKey: vendorCases.wiv.apiKey,
      fetch: async () => new Response(answer, { headers: { 'content-type': 'application/json' } }),
    });
    const { data, response } = await client.POST('/workflows/{workflow_id}/run', {
      params: { path: { workflow_id: 'wf' } },
      body: { payload: {} },
    });
    expect(await response.text()).toBe(answer);
    expect(await response.text()).toBe(answer);
    expect(await response.json()).toEqual(data);
    expect(await response.json()).toEqual(data);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(answer);
    expect(await response.clone().text()).toBe(answer);
  });
});

describe('answers only a raw socket can give', () => {
  let server: Awaited<ReturnType<typeof rawServer>> | undefined;
  afterEach(() => server?.close());

  it.each(
    jsonOperations
      .filter((operation) => operation.via === 'run')
      .map((operation) => [describeOperation(operation), operation] as const),
  )('%s: a body labelled gzip that is not is unexpected_response', async (_, operation) => {
    server = await rawServer(() =>
      httpAnswer('200 OK', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, '{"not":"gzip"}'),
    );
    const error = await callOperation(operation, {
      apiKey: vendorCases[operation.vendor].apiKey,
      baseUrl: server.origin,
      maxRetries: 0,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response', status: 200 });
    expect((error as Error).message).toMatch(/gzip/);
  });

  it.each(['600 Beyond', '999 Odd'])('a status of %s is unexpected_response, not a RangeError', async (statusLine) => {
    server = await rawServer(() => httpAnswer(statusLine, { 'content-type': 'application/json' }, '{}'));
    const wiv = createWorkflowClient({
      vendor: 'wiv',
      apiKey: vendorCases.wiv.apiKey,
      baseUrl: server.origin,
      maxRetries: 0,
    });
    const error = await wiv.run('wf').catch((e: unknown) => e);
    expect(isWorkflowApiError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'unexpected_response', status: Number(statusLine.slice(0, 3)) });
  });
});

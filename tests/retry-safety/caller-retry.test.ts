import { describe, expect, it } from 'vitest';
import { createWorkflowClient, type WorkflowApiError } from 'workflow-clients';
import { callOperation } from '../support/clients.js';
import { hostileFetch } from '../support/hostile-fetch.js';
import { describeOperation, type OperationCase, operationCases } from '../support/operations.js';
import { vendorCases } from '../support/vendor-cases.js';

// `retryable: true` promises that repeating the call cannot start a second run. A run that
// failed after its request may have reached the vendor must say so: with the idempotency key it
// sent where the vendor deduplicates (so the caller repeats with it), and as `mayHaveStarted`
// where the vendor does not (so the caller knows a blind repeat may run the workflow twice).

const faults = {
  'a 503': () =>
    new Response('<html>503 Service Unavailable</html>', { status: 503, headers: { 'content-type': 'text/html' } }),
  'a reset after sending': () => {
    throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
  },
  'no answer within the timeout': () => new Promise<Response>(() => {}),
  'a 2xx that is not JSON': () => new Response('<html>ok</html>', { status: 200 }),
} as const;

const acting = operationCases.filter((operation) => operation.acts && operation.operationId !== 'streamWorkflow');

async function failWith(operation: OperationCase, fault: keyof typeof faults, maxRetries = 0) {
  const hostile = hostileFetch(operation.operationId, faults[fault], { vendor: operation.vendor });
  const seenKeys: Array<string | null> = [];
  const fetch = (request: Request) => {
    seenKeys.push(request.headers.get('idempotency-key'));
    return hostile.fetch(request);
  };
  const { apiKey } = vendorCases[operation.vendor];
  const error = (await callOperation(operation, { apiKey, fetch, maxRetries, timeoutMs: 200 }).catch(
    (e: unknown) => e,
  )) as WorkflowApiError;
  return { error, seenKeys, hostile };
}

describe('an error says whether repeating the call is safe', () => {
  const cases = acting.flatMap((operation) =>
    Object.keys(faults).map((fault) => [describeOperation(operation), fault, operation] as const),
  );

  it.each(cases)('%s, after %s', async (_, fault, operation) => {
    const { error, seenKeys } = await failWith(operation, fault as keyof typeof faults);
    expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: operation.vendor });
    if (vendorCases[operation.vendor].idempotent) {
      // Repeating with the same key is safe: the error carries the key every attempt sent.
      expect(error.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/i);
      expect(new Set(seenKeys)).toEqual(new Set([error.idempotencyKey]));
      expect(error.mayHaveStarted).toBe(false);
    } else {
      expect(error.idempotencyKey).toBeUndefined();
      expect(error.mayHaveStarted).toBe(true);
      expect(error.retryable).toBe(false);
    }
  });

  it.each(acting.map((operation) => [describeOperation(operation), operation] as const))(
    '%s, after a 429: retryable, and nothing started',
    async (_, operation) => {
      const limited = hostileFetch(
        operation.operationId,
        () => Response.json({ error: 'slow down' }, { status: 429, headers: { 'retry-after': '3600' } }),
        {
          vendor: operation.vendor,
        },
      );
      const { apiKey } = vendorCases[operation.vendor];
      const error = (await callOperation(operation, { apiKey, fetch: limited.fetch, maxRetries: 0 }).catch(
        (e: unknown) => e,
      )) as WorkflowApiError;
      expect(error).toMatchObject({
        code: 'rate_limited',
        retryable: true,
        mayHaveStarted: false,
        retryAfterMs: 3_600_000,
      });
    },
  );

  it.each(acting.map((operation) => [describeOperation(operation), operation] as const))(
    '%s, after a 401: not retryable, and nothing started',
    async (_, operation) => {
      const refused = hostileFetch(operation.operationId, () => Response.json({ error: 'bad key' }, { status: 401 }), {
        vendor: operation.vendor,
      });
      const { apiKey } = vendorCases[operation.vendor];
      const error = (await callOperation(operation, { apiKey, fetch: refused.fetch, maxRetries: 0 }).catch(
        (e: unknown) => e,
      )) as WorkflowApiError;
      expect(error).toMatchObject({ code: 'unauthorized', retryable: false, mayHaveStarted: false });
    },
  );
});

describe('repeating an Altostrat run with the key its error carries', () => {
  it('sends the same key, so Altostrat answers with the first run instead of starting another', async () => {
    const runs = new Map<string, number>();
    let calls = 0;
    const deduplicating = hostileFetch(
      'executeWorkflow',
      (request) => {
        calls += 1;
        const key = request.headers.get('idempotency-key') ?? '';
        runs.set(key, (runs.get(key) ?? 0) + 1);
        // The first call's answer is lost to a timeout; Altostrat has queued the run all the same.
        if (calls === 1) return new Promise<Response>(() => {});
        return Response.json({ id: 'fl_run_a1b2c3d4e5f6g7h8', status: 'pending' }, { status: 202 });
      },
      { vendor: 'altostrat' },
    );
    const altostrat = createWorkflowClient({
      vendor: 'altostrat',
      apiKey: vendorCases.altostrat.apiKey,
      fetch: deduplicating.fetch,
      maxRetries: 0,
      timeoutMs: 100,
    });
    const error = (await altostrat
      .run('fl_a1b2c3d4e5f6g7h8', { order: 1 })
      .catch((e: unknown) => e)) as WorkflowApiError;
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    const run = await altostrat.run('fl_a1b2c3d4e5f6g7h8', { order: 1 }, { idempotencyKey: error.idempotencyKey! });
    expect(run.runId).toBe('fl_run_a1b2c3d4e5f6g7h8');
    expect([...runs.keys()]).toEqual([error.idempotencyKey]);
  });
});

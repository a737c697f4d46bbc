import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, vendors } from 'workflow-clients';
import { providerFor } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// `timeoutMs` bounds each attempt; `totalTimeoutMs` bounds the call as a whole, its attempts and
// the pauses between them. Without it, a call of `timeoutMs: 500` answered 429 with
// `Retry-After: 4` takes over 4 s; with it, the pause that would outlast the bound is not taken.
const mock = setupWorkflowMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.afterEach());
afterAll(() => mock.close());

const runOf = (vendor: (typeof vendors)[number], options: ClientOptions) =>
  providerFor(vendor, { apiKey: vendorCases[vendor].apiKey, ...options }).run(vendorCases[vendor].workflowId, {});

async function timed(work: () => Promise<unknown>): Promise<{ outcome: unknown; elapsedMs: number }> {
  const startedAt = performance.now();
  const outcome = await work().catch((error: unknown) => error);
  return { outcome, elapsedMs: performance.now() - startedAt };
}

describe.each(vendors)('%s', (vendor) => {
  /** The vendor's run operation: the first call a run makes. */
  async function runOperation(): Promise<string> {
    await runOf(vendor, {});
    const operationId = mock.mocks.vendors[vendor].calls[0]?.operationId as string;
    mock.mocks.reset();
    return operationId;
  }

  it('does not take a Retry-After pause that would end past totalTimeoutMs, rejecting with the 429 at once', async () => {
    const operationId = await runOperation();
    const mocked = mock.mocks.vendors[vendor] as unknown as { respondWith(id: string, plan: object): void };
    mocked.respondWith(operationId, { status: 429, headers: { 'retry-after': '4' } });
    const { outcome, elapsedMs } = await timed(() => runOf(vendor, { timeoutMs: 500, totalTimeoutMs: 500 }));
    expect(outcome).toMatchObject({ name: 'WorkflowApiError', code: 'rate_limited', retryAfterMs: 4_000 });
    expect(elapsedMs).toBeLessThan(1_000);
    expect(mock.mocks.vendors[vendor].calls).toHaveLength(1);
  });

  it('ends an attempt the server never answers at totalTimeoutMs, saying which bound it was', async () => {
    // A fetch that answers nothing, until the attempt's signal aborts it.
    const fetch = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const { outcome, elapsedMs } = await timed(() => runOf(vendor, { fetch, timeoutMs: 60_000, totalTimeoutMs: 300 }));
    expect(outcome).toMatchObject({ name: 'WorkflowApiError', code: 'timeout' });
    expect((outcome as Error).message).toContain('totalTimeoutMs (300 ms');
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('refuses a totalTimeoutMs that is no bound, before sending', async () => {
    for (const totalTimeoutMs of [0, -1, Number.NaN, 2 ** 31]) {
      expect(() => providerFor(vendor, { apiKey: vendorCases[vendor].apiKey, totalTimeoutMs })).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      );
    }
    expect(mock.mocks.vendors[vendor].calls).toHaveLength(0);
  });
});

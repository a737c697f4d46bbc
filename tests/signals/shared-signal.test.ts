import { getEventListeners } from 'node:events';
import { createWorkflowMocks } from '@workflow-clients/msw';
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkflowClient, vendors } from 'workflow-clients';
import { providerFor } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// One AbortSignal for a whole application (a shutdown signal, say) is passed to every call.
// Each call may listen to it while it runs, and must stop listening when it settles: thousands
// of calls must neither leave listeners behind nor trip Node's MaxListenersExceededWarning.

const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => {
  warnings.length = 0;
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
});

/** The spec-backed mock, answered in-process without MSW's interception, so 10,000 calls stay quick. */
function mockFetch() {
  const mocks = createWorkflowMocks();
  return async (request: Request) =>
    (await getResponse([...mocks.handlers], request)) ?? new Response(null, { status: 404 });
}

const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

describe('one AbortSignal shared by 10,000 calls', () => {
  it('is left with no listener after each call settles, and no warning is printed', async () => {
    const shutdown = new AbortController();
    const { signal } = shutdown;
    const fetch = mockFetch();
    const clients = vendors.map((vendor) => providerFor(vendor, { apiKey: vendorCases[vendor].apiKey, fetch }));
    const leftBehind: number[] = [];
    for (let call = 0; call < 10_000; call++) {
      const vendor = call % vendors.length;
      await clients[vendor]!.run(vendorCases[vendors[vendor]!].workflowId, {}, { signal });
      if (listeners(signal) !== 0) leftBehind.push(call);
    }
    expect(leftBehind.slice(0, 5)).toEqual([]);
    await Promise.all(
      Array.from({ length: 2_000 }, (_, call) =>
        clients[call % vendors.length]!.run(vendorCases[vendors[call % vendors.length]!].workflowId, {}, { signal }),
      ),
    );
    expect(listeners(signal)).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  }, 600_000);

  it('is left with no listener by reads, waits and streams either', async () => {
    const { signal } = new AbortController();
    const fetch = mockFetch();
    const altostrat = createWorkflowClient({ vendor: 'altostrat', apiKey: vendorCases.altostrat.apiKey, fetch });
    const aitutor = createWorkflowClient({ vendor: 'aitutor', apiKey: vendorCases.aitutor.apiKey, fetch });
    // A run as read, told as still queued, so that each wait reads it again.
    const queued = {
      ...(await altostrat.getRun('fl_a1b2c3d4e5f6g7h8', 'fl_run_a1b2c3d4e5f6g7h8')),
      status: 'queued' as const,
    };
    for (let call = 0; call < 1_000; call++) {
      await altostrat.getRun('fl_a1b2c3d4e5f6g7h8', 'fl_run_a1b2c3d4e5f6g7h8', { signal });
      await altostrat.waitForRun(queued, { signal, intervalMs: 1 });
      for await (const run of altostrat.listRuns('fl_a1b2c3d4e5f6g7h8', { signal })) void run;
      if (call % 10 === 0) await (await aitutor.stream('wf_abc123', { story: 'x' }, { signal })).text();
      expect(listeners(signal)).toBe(0);
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  }, 600_000);
});

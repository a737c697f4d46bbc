import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { type RegisteredVendor, vendors, type WorkflowRun } from 'workflow-clients';
import { providerFor, providerWith } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';
import {
  IDLE_TIMEOUT_MS,
  MARGIN_MS,
  WAIT_TIMEOUT_MS,
  type WaitFault,
  type WaitOutcome,
  waitFaults,
} from './wait-faults.js';

// Every wait ends, on a real socket: a wait whose poll never answers stops at the wait's own
// deadline, not at the poll's; a stream that goes silent ends after its idle timeout; a listing
// whose server ignores the page asked for stops instead of looping. Each lets go of its
// connection, which the server sees close.

let loopback: LoopbackMockServer | undefined;
afterEach(async () => {
  await loopback?.close();
  loopback = undefined;
});

const knownIds: Partial<Record<RegisteredVendor, readonly [string, string | undefined]>> = {
  interactly: ['5eb7cf5a86d9755df3a6c593', '6650f1c2a9e4b3d2c1f0e9a8'],
  embedworkflow: ['6opb4', '0198c2e9-cc9f-7277-af8a-40c7ef19273a'],
  altostrat: ['fl_a1b2c3d4e5f6g7h8', 'fl_run_a1b2c3d4e5f6g7h8'],
  wiv: ['workflow_def456ghi789', 'exec_abc123def456'],
  aitutor: ['wf_abc123', undefined],
};
/** A workflow and a run of it; a vendor `pnpm new-vendor` just added reads no run back, so it has none. */
const idsOf = (vendor: RegisteredVendor) => knownIds[vendor] ?? [vendorCases[vendor].workflowId, 'run_123'];

/** The same page, numbered as asked, every time: only noticing the repeat stops the loop. */
const repeatedPage = {
  interactly: (page: number) => ({
    items: [
      { run_id: '6650f1c2a9e4b3d2c1f0e9a8', status: 'running' },
      { run_id: '6650f1c2a9e4b3d2c1f0e9a9', status: 'running' },
    ],
    page,
    size: 2,
  }),
  altostrat: (page: number) => ({
    data: [{ id: 'fl_run_a1', workflow_id: 'fl_a1b2c3d4e5f6g7h8', status: 'running' }],
    links: { first: 'x', last: 'x', prev: null, next: 'x' },
    meta: { current_page: page, from: 1, last_page: 1_000, path: 'x', per_page: 1, to: 1, total: 1_000 },
  }),
} as const;

interface Observed {
  outcome: unknown;
  elapsedMs: number;
  requests: number;
  closed: Promise<void>;
}

/** Serves the vendor's mock on a socket, with `attacked` requests answered by `answer` instead. */
async function serve(
  attacked: (url: string, method: string) => boolean,
  answer: (response: import('node:http').ServerResponse, url: string) => void | Promise<void>,
) {
  let requests = 0;
  let closed!: () => void;
  const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
  loopback = await startLoopbackMockServer({
    intercept: async ({ request, response, answerFromMock }) => {
      requests += 1;
      const url = request.url ?? '';
      if (!attacked(url, request.method ?? 'GET')) return false;
      await answerFromMock(); // recorded and checked against the spec all the same
      request.socket.once('close', closed);
      await answer(response, url);
      return true;
    },
  });
  return { requests: () => requests, connectionClosed };
}

async function timed(work: () => Promise<unknown>): Promise<{ outcome: unknown; elapsedMs: number }> {
  const started = performance.now();
  const guard = new Promise((resolve) => setTimeout(() => resolve('still going after 10 s'), 10_000).unref());
  const outcome = await Promise.race([work().catch((e: unknown) => e), guard]);
  return { outcome, elapsedMs: performance.now() - started };
}

const stage: Record<WaitFault['id'], (vendor: RegisteredVendor) => Promise<Observed>> = {
  async 'poll-hangs'(vendor) {
    const server = await serve(
      (_, method) => method === 'GET',
      () => {},
    ); // and never answer
    const client = providerFor(vendor, { apiKey: vendorCases[vendor].apiKey, baseUrl: loopback!.baseUrlOf(vendor) });
    const [workflowId, runId] = idsOf(vendor);
    // AI Tutor's runs are final when run() returns them; the others are still queued here.
    const run = {
      vendor,
      workflowId,
      ...(runId && { runId }),
      status: vendor === 'aitutor' ? 'succeeded' : 'queued',
      raw: {},
    } as WorkflowRun<unknown, RegisteredVendor>;
    const { outcome, elapsedMs } = await timed(() =>
      client.waitForRun(run, { timeoutMs: WAIT_TIMEOUT_MS, intervalMs: 50 }),
    );
    return { outcome, elapsedMs, requests: server.requests(), closed: server.connectionClosed };
  },
  async 'stream-silent'(vendor) {
    const server = await serve(
      (url) => url.includes('/stream'),
      (response) => {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        response.write('Once upon '); // then silence, the connection left open
      },
    );
    const client = providerWith<{
      stream(id: string, input: object, options: object): Promise<AsyncIterable<string>>;
    }>(vendor, { apiKey: vendorCases[vendor].apiKey, baseUrl: loopback!.baseUrlOf(vendor) });
    const chunks: string[] = [];
    const { outcome, elapsedMs } = await timed(async () => {
      for await (const chunk of await client.stream(
        idsOf(vendor)[0],
        { story: 'x' },
        { idleTimeoutMs: IDLE_TIMEOUT_MS },
      ))
        chunks.push(chunk);
    });
    expect(chunks).toEqual(['Once upon ']);
    return { outcome, elapsedMs, requests: server.requests(), closed: server.connectionClosed };
  },
  async 'page-repeats'(vendor) {
    const server = await serve(
      (url) => /\/(workflow-runs|executions)(\?|$)/.test(url),
      (response, url) => {
        const page = Number(new URL(url, 'http://x').searchParams.get('page') ?? 1);
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(repeatedPage[vendor as keyof typeof repeatedPage](page)));
      },
    );
    const client = providerWith<{ listRuns(...args: unknown[]): { pages(): AsyncIterable<unknown> } }>(vendor, {
      apiKey: vendorCases[vendor].apiKey,
      baseUrl: loopback!.baseUrlOf(vendor),
    });
    const pages = (vendor === 'interactly' ? client.listRuns({ size: 2 }) : client.listRuns(idsOf(vendor)[0])).pages();
    const { outcome, elapsedMs } = await timed(async () => {
      let read = 0;
      for await (const _ of pages) if (++read >= 10) return 'read 10 pages of the same runs';
    });
    return { outcome, elapsedMs, requests: server.requests(), closed: server.connectionClosed };
  },
};

/** Whether the vendor's provider offers what the fault needs. */
function offers(vendor: RegisteredVendor, fault: WaitFault['id']): boolean {
  const client = providerFor(vendor, { apiKey: vendorCases[vendor].apiKey });
  return fault === 'stream-silent' ? 'stream' in client : fault === 'page-repeats' ? 'listRuns' in client : true;
}

describe.each(waitFaults.map((fault) => [fault.name, fault] as const))('%s', (_, fault) => {
  it.each(vendors)('%s', { timeout: 20_000 }, async (vendor) => {
    const expected: WaitOutcome = fault.expected(vendor);
    if (expected.code === 'not offered') {
      expect(offers(vendor, fault.id)).toBe(false);
      return;
    }
    const { outcome, elapsedMs, requests, closed } = await stage[fault.id](vendor);
    expect(requests).toBe(expected.requests);
    expect(loopback?.mocks.contractFailures()).toEqual([]);
    if (expected.code === 'returns the run') {
      expect(outcome).toMatchObject({ vendor, status: 'succeeded' });
      return;
    }
    expect(outcome).toMatchObject({ name: 'WorkflowApiError', code: expected.code, vendor });
    if (fault.id === 'poll-hangs' && expected.code === 'timeout')
      expect(elapsedMs).toBeLessThan(WAIT_TIMEOUT_MS + MARGIN_MS);
    if (fault.id === 'stream-silent') expect(elapsedMs).toBeLessThan(IDLE_TIMEOUT_MS + MARGIN_MS);
    if (expected.connectionClosed) await closed;
  });
});

import type { ServerResponse } from 'node:http';
import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ClientOptions, RegisteredVendor, WorkflowRun } from 'workflow-clients';
import { providerWith } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// Every wait-like API ends by its one bound, from its first byte to its last, and by the
// caller's signal whenever it fires: already aborted, while a request is in flight, or just
// after an answer came. One property drives them all (waits, handles' waits and updates,
// listings, the stream) against a real socket whose server never answers, answers too late, or
// answers for ever (a run that never settles, pages that never end, a stream that trickles).

const MARGIN_MS = 400;

type Behaviour = 'never answers' | 'answers too late' | 'answers for ever';
type Abort = 'no signal' | 'aborted before' | 'aborted during a request' | 'aborted after an answer';
type Kind = 'read' | 'page' | 'stream';

interface WaitLike {
  name: string;
  vendor: RegisteredVendor;
  /** What the server is attacked on. */
  kind: Kind;
  /** Runs the API to its end, bounded by `boundMs` and the signal. */
  run(options: ClientOptions, boundMs: number, signal: AbortSignal | undefined): Promise<unknown>;
}

const ids: Partial<Record<RegisteredVendor, { workflowId: string; runId: string }>> = {
  interactly: { workflowId: '5eb7cf5a86d9755df3a6c593', runId: '6650f1c2a9e4b3d2c1f0e9a8' },
  embedworkflow: { workflowId: '6opb4', runId: '0198c2e9-cc9f-7277-af8a-40c7ef19273a' },
  altostrat: { workflowId: 'fl_a1b2c3d4e5f6g7h8', runId: 'fl_run_a1b2c3d4e5f6g7h8' },
};
const queued = (vendor: RegisteredVendor): WorkflowRun =>
  ({ vendor, ...ids[vendor], status: 'queued', raw: {} }) as WorkflowRun;
const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of iterable);
}

interface Follows {
  waitForRun(run: WorkflowRun, options: object): Promise<unknown>;
  handle(runOrToken: WorkflowRun | string): {
    wait(options: object): Promise<unknown>;
    updates(options: object): AsyncIterable<unknown>;
    toString(): string;
  };
}
const follows = (vendor: RegisteredVendor, options: ClientOptions) => providerWith<Follows>(vendor, options);
const tokenOf = (vendor: RegisteredVendor, options: ClientOptions) =>
  String(follows(vendor, options).handle(queued(vendor)));

const reading: RegisteredVendor[] = ['interactly', 'embedworkflow', 'altostrat'];
const waitLikes: WaitLike[] = [
  ...reading.flatMap((vendor): WaitLike[] => [
    {
      name: 'waitForRun',
      vendor,
      kind: 'read',
      run: (options, boundMs, signal) =>
        follows(vendor, options).waitForRun(queued(vendor), {
          intervalMs: 20,
          timeoutMs: boundMs,
          ...withSignal(signal),
        }),
    },
    {
      name: 'handle(token).wait',
      vendor,
      kind: 'read',
      run: (options, boundMs, signal) =>
        follows(vendor, options)
          .handle(tokenOf(vendor, options))
          .wait({ intervalMs: 20, timeoutMs: boundMs, ...withSignal(signal) }),
    },
    {
      name: 'handle(token).updates',
      vendor,
      kind: 'read',
      run: (options, boundMs, signal) =>
        drain(
          follows(vendor, options)
            .handle(tokenOf(vendor, options))
            .updates({ intervalMs: 20, timeoutMs: boundMs, ...withSignal(signal) }),
        ),
    },
  ]),
  {
    name: 'listRuns',
    vendor: 'interactly',
    kind: 'page',
    run: (options, boundMs, signal) =>
      drain(
        providerWith<{ listRuns(query: object, options: object): AsyncIterable<unknown> }>(
          'interactly',
          options,
        ).listRuns({ size: 2 }, { totalTimeoutMs: boundMs, ...withSignal(signal) }),
      ),
  },
  {
    name: 'listRuns',
    vendor: 'altostrat',
    kind: 'page',
    run: (options, boundMs, signal) =>
      drain(
        providerWith<{ listRuns(id: string, options: object): AsyncIterable<unknown> }>('altostrat', options).listRuns(
          'fl_a1b2c3d4e5f6g7h8',
          {
            totalTimeoutMs: boundMs,
            ...withSignal(signal),
          },
        ),
      ),
  },
  {
    name: 'stream',
    vendor: 'aitutor',
    kind: 'stream',
    run: async (options, boundMs, signal) => {
      const stream = await providerWith<{
        stream(id: string, input: object, options: object): Promise<{ text(): Promise<string> }>;
      }>('aitutor', options).stream('wf_abc123', { story: 'x' }, { totalTimeoutMs: boundMs, ...withSignal(signal) });
      return stream.text();
    },
  },
];

/** Which requests the server plays its part on: a run's read, a listing's page, the stream. */
function kindOf(url: string, method: string): Kind | undefined {
  if (method === 'POST' && url.includes('/stream')) return 'stream';
  if (method !== 'GET') return undefined;
  if (/\/(workflow-runs|executions)(\?|$)/.test(url)) return 'page';
  if (/\/(workflow-runs|executions|runs)\/[^/?]+/.test(url)) return 'read';
  return undefined;
}

/** A page that is never the last, of runs never listed before. */
let minted = 0;
function endlessPage(vendor: RegisteredVendor, page: number): unknown {
  const id = () => (++minted).toString(16).padStart(24, '0');
  if (vendor === 'interactly')
    return {
      items: [
        { run_id: id(), status: 'running' },
        { run_id: id(), status: 'running' },
      ],
      page,
      size: 2,
    };
  return {
    data: [{ id: `fl_run_${id()}`, workflow_id: 'fl_a1b2c3d4e5f6g7h8', status: 'running' }],
    links: { first: 'x', last: 'x', prev: null, next: 'x' },
    meta: { current_page: page, from: 1, last_page: 1_000_000, path: 'x', per_page: 1, to: 1, total: 1_000_000 },
  };
}

/** What the server does with the requests it plays its part on, set for each run of the property. */
interface Play {
  kind: Kind;
  vendor: RegisteredVendor;
  behaviour: Behaviour;
  lateByMs: number;
  /** Told when an attacked request arrives, and once it has been answered. */
  arrived(): void;
  answered(): void;
}
let play: Play | undefined;
let attacked = 0;
const held = new Set<ServerResponse>();

async function answerAs(current: Play, response: ServerResponse, url: string, fromMock: () => Promise<Response>) {
  if (current.behaviour === 'never answers') return; // held open, never answered
  if (current.behaviour === 'answers too late') await new Promise((resolve) => setTimeout(resolve, current.lateByMs));
  if (response.destroyed) return;
  if (current.kind === 'stream') {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    // A byte now and then, for ever: the idle timeout never fires, only the bound can end it.
    const trickle = setInterval(() => (response.destroyed ? clearInterval(trickle) : response.write('.')), 30);
    current.answered();
    return;
  }
  let body: string;
  if (current.kind === 'page') {
    const page = Number(new URL(url, 'http://x').searchParams.get('page') ?? 1);
    body = JSON.stringify(endlessPage(current.vendor, page));
  } else {
    body = await (await fromMock()).text(); // "running", for ever: see the plans below
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  current.answered();
}

let loopback: LoopbackMockServer;
beforeAll(async () => {
  loopback = await startLoopbackMockServer({
    intercept: async ({ request, response, answerFromMock }) => {
      const current = play;
      const url = request.url ?? '';
      if (!current || kindOf(url, request.method ?? 'GET') !== current.kind) return false;
      attacked += 1;
      held.add(response);
      response.once('close', () => held.delete(response));
      current.arrived();
      await answerAs(current, response, url, answerFromMock);
      return true;
    },
  });
});
afterAll(() => loopback.close());

const runningExample: Partial<Record<RegisteredVendor, [string, string]>> = {
  interactly: ['getWorkflowRun', 'running'],
  embedworkflow: ['getExecution', 'running'],
  altostrat: ['getWorkflowRun', 'running'],
};

const cases = fc.record({
  waitLike: fc.constantFrom(...waitLikes),
  behaviour: fc.constantFrom<Behaviour>('never answers', 'answers too late', 'answers for ever'),
  abort: fc.constantFrom<Abort>('no signal', 'aborted before', 'aborted during a request', 'aborted after an answer'),
  boundMs: fc.integer({ min: 150, max: 450 }),
});

it('every wait-like API ends by its bound and at its signal, whatever the server does', {
  timeout: 120_000,
}, async () => {
  await fc.assert(
    fc.asyncProperty(cases, async ({ waitLike, behaviour, abort, boundMs }) => {
      const { vendor } = waitLike;
      loopback.mocks.reset();
      const example = runningExample[vendor];
      if (example) {
        const mocked = loopback.mocks.vendors[vendor] as unknown as { respondWith(id: string, plan: object): void };
        mocked.respondWith(example[0], { status: 200, example: example[1], times: 10_000 });
      }
      const controller = new AbortController();
      let abortedAt: number | undefined;
      const abortNow = () => {
        if (abortedAt !== undefined) return;
        abortedAt = performance.now();
        controller.abort(new Error('the caller stopped'));
      };
      attacked = 0;
      play = {
        kind: waitLike.kind,
        vendor,
        behaviour,
        lateByMs: boundMs + 300,
        arrived: () => {
          if (abort === 'aborted during a request') setTimeout(abortNow, 20);
        },
        answered: () => {
          if (abort === 'aborted after an answer') setImmediate(abortNow);
        },
      };
      if (abort === 'aborted before') abortNow();
      const options = { apiKey: vendorCases[vendor].apiKey, baseUrl: loopback.baseUrlOf(vendor) };
      const startedAt = performance.now();
      const guard = new Promise((resolve) => setTimeout(() => resolve('still going 5 s later'), 5_000).unref());
      const outcome = await Promise.race([
        waitLike
          .run(options, boundMs, abort === 'no signal' ? undefined : controller.signal)
          .catch((error: unknown) => error),
        guard,
      ]);
      const endedAt = performance.now();
      play = undefined;
      for (const response of held) response.destroy();
      controller.abort();

      const label = `${vendor} ${waitLike.name}, a server that ${behaviour}, ${abort}, bound ${boundMs} ms`;
      const deadline = startedAt + boundMs;
      const byAbort = abortedAt !== undefined && abortedAt < deadline;
      expect(outcome, label).toMatchObject({ name: 'WorkflowApiError', vendor, code: byAbort ? 'aborted' : 'timeout' });
      expect(endedAt - startedAt, label).toBeLessThan(
        (byAbort ? (abortedAt as number) - startedAt : boundMs) + MARGIN_MS,
      );
      if (abort === 'aborted before') expect(attacked, label).toBe(0);
    }),
    { numRuns: 60 },
  );
});

import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RegisteredVendor, type RunHandle, readRunToken, vendors, type WorkflowRun } from 'workflow-clients';
import { providerFor, providerWith } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// Every vendor that can read a run back offers handles, with the same promises: a token that
// finds the run again and holds no credential, updates that end, and refusals of any token not
// its own, before anything is sent. The mock plays its scenario, so runs move on as they are read.
const mock = setupWorkflowMockServer({ scenario: {} });
beforeAll(() => mock.listen());
afterEach(() => mock.afterEach());
afterAll(() => mock.close());

interface Handles {
  run(workflowId: string, input: Record<string, unknown>): Promise<WorkflowRun>;
  handle(runOrToken: WorkflowRun | string): RunHandle & { cancel?: () => Promise<WorkflowRun> };
}

const clientOf = (vendor: RegisteredVendor) => providerWith<Handles>(vendor, { apiKey: vendorCases[vendor].apiKey });
const withHandles = vendors.filter((vendor) => 'handle' in clientOf(vendor));
const reads = (vendor: RegisteredVendor) =>
  mock.mocks.vendors[vendor].calls.filter((call) => call.method === 'GET' && !call.operationId.startsWith('list'));
const start = (vendor: RegisteredVendor) => clientOf(vendor).run(vendorCases[vendor].workflowId, {});
const fast = { intervalMs: 1 };

/** Each vendor's read, and the spec's example of a run still running. */
const readOf: Partial<Record<RegisteredVendor, [operationId: string, example: string]>> = {
  interactly: ['getWorkflowRun', 'running'],
  embedworkflow: ['getExecution', 'running'],
  altostrat: ['getWorkflowRun', 'running'],
};

/** From now on every read of the vendor's runs answers "running". */
function neverSettles(vendor: RegisteredVendor): void {
  const [operationId, example] = readOf[vendor] as [string, string];
  const mocked = mock.mocks.vendors[vendor] as unknown as {
    respondWith(id: string, plan: { status: number; example: string; times: number }): void;
  };
  mocked.respondWith(operationId, { status: 200, example, times: 1000 });
}

it('are offered exactly where the vendor can read a run back', () => {
  expect(withHandles).toEqual(vendors.filter((vendor) => providerFor(vendor, { apiKey: 'k' }).capabilities.getRun));
  expect(withHandles).toEqual(['interactly', 'embedworkflow', 'altostrat']);
});

describe.each(withHandles)('%s handles', (vendor) => {
  it('resume from the token alone, in a client that never saw the run, and settle the same run', async () => {
    const started = await start(vendor);
    const token = String(clientOf(vendor).handle(started));
    const done = await clientOf(vendor).handle(token).wait(fast);
    expect(done).toMatchObject({ vendor, runId: started.runId });
    expect(['succeeded', 'waiting_for_input']).toContain(done.status);
  });

  it('make a URL-safe token that holds the run and nothing of the credential', async () => {
    const started = await start(vendor);
    const handle = clientOf(vendor).handle(started);
    const token = String(handle);
    expect(encodeURIComponent(token)).toBe(token);
    expect(JSON.stringify(handle)).toBe(JSON.stringify(token));
    const { apiKey } = vendorCases[vendor];
    // Not in the token, nor in what it decodes to, nor in any encoding of a part of it.
    const decoded = JSON.stringify(readRunToken(token));
    for (const text of [token, decoded, Buffer.from(token.slice(5), 'base64url').toString('latin1')]) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(apiKey.slice(-12));
    }
    expect(readRunToken(token)).toMatchObject({ vendor, workflowId: started.workflowId, runId: started.runId });
  });

  it('read the run afresh with status(), and yield each status once until it settles', async () => {
    const started = await start(vendor);
    const handle = clientOf(vendor).handle(String(clientOf(vendor).handle(started)));
    const statuses: string[] = [];
    for await (const update of handle.updates(fast)) {
      expect(update.runId).toBe(started.runId);
      statuses.push(update.status);
    }
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(['succeeded', 'waiting_for_input']).toContain(statuses.at(-1));
    await expect(handle.status()).resolves.toMatchObject({ runId: started.runId, status: statuses.at(-1) });
  });

  it('stop polling once the caller leaves the updates loop', async () => {
    neverSettles(vendor);
    const handle = clientOf(vendor).handle(String(clientOf(vendor).handle(await start(vendor))));
    for await (const _ of handle.updates(fast)) break;
    const polled = reads(vendor).length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reads(vendor).length).toBe(polled);
    mock.mocks.reset();
  });

  it('end updates at their timeout, and at the caller’s signal, while the run never settles', async () => {
    neverSettles(vendor);
    const handle = clientOf(vendor).handle(String(clientOf(vendor).handle(await start(vendor))));
    const drain = async (options: object) => {
      for await (const _ of handle.updates({ ...fast, ...options }));
    };
    await expect(drain({ timeoutMs: 200 })).rejects.toMatchObject({ code: 'timeout' });
    await expect(drain({ signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ code: 'aborted' });
    mock.mocks.reset();
  });

  it.each([
    ['another vendor’s token', () => 'other'],
    ['a garbled token', () => 'wcr1.%%%'],
    ['a token of an unknown version', () => 'wcr9.eyJ2ZW5kb3IiOiJ4In0'],
  ])('refuse %s as invalid_input, sending nothing', (_, tokenOf) => {
    const otherVendor = withHandles.find((other) => other !== vendor) as RegisteredVendor;
    const other = `wcr1.${Buffer.from(JSON.stringify({ vendor: otherVendor, workflowId: 'w', runId: 'r' })).toString('base64url')}`;
    const token = tokenOf() === 'other' ? other : tokenOf();
    expect(() => clientOf(vendor).handle(token)).toThrow(
      expect.objectContaining({ name: 'WorkflowApiError', code: 'invalid_input', vendor }),
    );
    expect(mock.mocks.vendors[vendor].calls).toEqual([]);
  });
});

/** Where each vendor's answer to a read names the run. */
const runIdField: Partial<Record<RegisteredVendor, string>> = {
  interactly: 'run_id',
  embedworkflow: 'id',
  altostrat: 'id',
};

describe.each(withHandles)('%s handles, against a server that mixes runs up', (vendor) => {
  it('refuse an answer about another run than the one followed, and tell onError why', async () => {
    const started = await start(vendor);
    const field = runIdField[vendor] as string;
    // Every read is answered about another run.
    const fetch = async (request: Request) => {
      const answer = await globalThis.fetch(request);
      if (request.method !== 'GET') return answer;
      const body = (await answer.json()) as Record<string, unknown>;
      return Response.json({ ...body, [field]: `${String(body[field])}0` }, { status: answer.status });
    };
    const errors: unknown[] = [];
    const client = providerWith<Handles>(vendor, {
      apiKey: vendorCases[vendor].apiKey,
      fetch,
      hooks: { onError: (event: { error: unknown }) => errors.push(event.error) },
    });
    const error = await client
      .handle(String(clientOf(vendor).handle(started)))
      .wait(fast)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response', vendor });
    expect((error as Error).message).toContain(`when run ${JSON.stringify(started.runId)} was asked for`);
    expect(errors).toEqual([error]);
  });
});

// Interactly's spec is the one that shows a run read back before it started (`not_started`).
it('reports each status once, in order, when a server says a run went back', async () => {
  const started = {
    vendor: 'interactly',
    workflowId: vendorCases.interactly.workflowId,
    runId: '6650f1c2a9e4b3d2c1f0e9a8',
    status: 'queued',
    raw: {},
  } as WorkflowRun;
  const mocked = mock.mocks.vendors.interactly;
  for (const example of ['running', 'notStarted', 'started', 'notStarted'] as const)
    mocked.respondWith('getWorkflowRun', { status: 200, example });
  const statuses: string[] = [];
  for await (const update of clientOf('interactly').handle(started).updates(fast)) statuses.push(update.status);
  expect(statuses).toEqual(['queued', 'running', expect.stringMatching(/succeeded|waiting_for_input/)]);
});

it('cancel where the vendor can, and offer no cancel elsewhere', async () => {
  const started = await start('interactly');
  const cancelled = await clientOf('interactly').handle(started).cancel?.();
  expect(cancelled).toMatchObject({ runId: started.runId, status: 'cancelled' });
  expect('cancel' in clientOf('altostrat').handle(await start('altostrat'))).toBe(false);
});

import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RegisteredVendor, vendors, type WorkflowRun } from 'workflow-clients';
import { providerFor, providerWith } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// Every vendor with a run listing, the same promises: its runs come as normalized runs across
// pages, `pages()` gives the vendor's own pages, and stopping early stops fetching. The mock plays
// a scenario with pages of two, so five runs started make three pages.
const PAGE = 2;
const mock = setupWorkflowMockServer({ scenario: { pageSize: PAGE } });
beforeAll(() => mock.listen());
afterEach(() => mock.afterEach());
afterAll(() => mock.close());

interface Listable {
  run(workflowId: string, input: Record<string, unknown>): Promise<WorkflowRun>;
  listRuns(...args: unknown[]): AsyncIterable<WorkflowRun> & { pages(): AsyncIterable<unknown> };
}

const listing = vendors.filter((vendor) => 'listRuns' in providerFor(vendor, { apiKey: 'probe' }));

function clientOf(vendor: RegisteredVendor): Listable {
  return providerWith<Listable>(vendor, { apiKey: vendorCases[vendor].apiKey });
}

/** The vendor's listing: Altostrat's is one workflow's runs, Interactly's all of the team's. */
const listOf = (vendor: RegisteredVendor, client: Listable) =>
  vendor === 'altostrat' ? client.listRuns(vendorCases[vendor].workflowId) : client.listRuns();

const listRequests = (vendor: RegisteredVendor) =>
  mock.mocks.vendors[vendor].calls.filter((call) => call.operationId.startsWith('list')).length;

async function startFive(vendor: RegisteredVendor, client: Listable): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < 5; n += 1) ids.push((await client.run(vendorCases[vendor].workflowId, {})).runId as string);
  return ids;
}

it('covers every vendor that lists runs', () => {
  expect(listing).toEqual(['interactly', 'altostrat']);
});

describe.each(listing)('%s listRuns', (vendor) => {
  it('yields every run, normalized, newest first, across pages', async () => {
    const client = clientOf(vendor);
    const started = await startFive(vendor, client);
    const runs: WorkflowRun[] = [];
    for await (const run of listOf(vendor, client)) runs.push(run);
    expect(runs.map((run) => run.runId)).toEqual(started.reverse());
    for (const run of runs) {
      expect(run).toMatchObject({ vendor, workflowId: vendorCases[vendor].workflowId });
      // The vendor's status word, kept, and its common word beside it.
      expect(run.vendorStatus).toBe((run.raw as { status: string }).status);
      expect(['queued', 'running', 'succeeded']).toContain(run.status);
    }
    expect(listRequests(vendor)).toBe(3);
  });

  it('costs one request when the caller stops within the first page', async () => {
    const client = clientOf(vendor);
    await startFive(vendor, client);
    let seen = 0;
    for await (const _ of listOf(vendor, client)) if (++seen === PAGE) break;
    expect(listRequests(vendor)).toBe(1);
  });

  it('asks for no page past the one holding the last run read', async () => {
    const client = clientOf(vendor);
    await startFive(vendor, client);
    let seen = 0;
    for await (const _ of listOf(vendor, client)) if (++seen === 3) break;
    expect(listRequests(vendor)).toBe(2);
  });

  it('lists each run once when runs are added while it pages', async () => {
    const client = clientOf(vendor);
    const started = await startFive(vendor, client);
    const listed: string[] = [];
    for await (const run of listOf(vendor, client)) {
      listed.push(run.runId as string);
      // A run started after the first page pushes that page's last run onto the second.
      if (listed.length === PAGE) await client.run(vendorCases[vendor].workflowId, {});
    }
    expect(listed).toEqual(started.reverse());
  });

  it('ends, with unexpected_response, when its server ignores the page asked for while its runs change', async () => {
    let requests = 0;
    let turn = 0;
    const statuses = ['running', 'completed', 'failed'];
    // Every page asked for is answered with the first, its runs' statuses moving on each time,
    // and without a page number of its own: only the runs' ids show that it repeats.
    const fetch = async (request: Request) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || !url.searchParams.has('page')) return globalThis.fetch(request);
      requests += 1;
      url.searchParams.set('page', '1');
      const page = (await (await globalThis.fetch(new Request(url, request))).json()) as Record<string, unknown>;
      const items = (page.items ?? page.data) as Array<{ status: string }>;
      turn += 1;
      for (const item of items) item.status = statuses[turn % statuses.length]!;
      delete page.page;
      return Response.json(page);
    };
    const client = providerWith<Listable>(vendor, { apiKey: vendorCases[vendor].apiKey, fetch });
    await startFive(vendor, clientOf(vendor));
    const outcome = await (async () => {
      let read = 0;
      for await (const _ of listOf(vendor, client)) if (++read > 50) return 'read 50 runs of a listing of five';
    })().catch((error: unknown) => error);
    expect(outcome).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response' });
    expect(requests).toBe(2);
  });

  it('gives the vendor’s own pages through pages(), and starts again on each iteration', async () => {
    const client = clientOf(vendor);
    await startFive(vendor, client);
    const listed = listOf(vendor, client);
    const pages: unknown[] = [];
    for await (const page of listed.pages()) pages.push(page);
    expect(pages).toHaveLength(3);
    expect(pages[0]).not.toHaveProperty('vendor');
    let again = 0;
    for await (const _ of listed) again += 1;
    expect(again).toBe(5);
    expect(listRequests(vendor)).toBe(6);
  });
});

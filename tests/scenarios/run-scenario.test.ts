import { createAltostratProvider } from '@workflow-clients/altostrat';
import { createEmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import { createInteractlyProvider } from '@workflow-clients/interactly';
import {
  altostratSpec,
  assertContractsKept,
  createWorkflowMocks,
  interactlySpec,
  type RunScenario,
} from '@workflow-clients/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The mock's scenario mode as a user drives it: through each vendor's provider, whose answer
// checks reject any body its spec does not allow, against handlers that check every request.
const ALTOSTRAT_WORKFLOW = 'fl_a1b2c3d4e5f6g7h8';
const INTERACTLY_WORKFLOW = '5eb7cf5a86d9755df3a6c593';
const EMBEDWORKFLOW_WORKFLOW = '0198c2e9-0000-7000-8000-000000000001';

// Embed Workflow's spec shows no failed execution, so a scenario that ends failed leaves it out.
const vendorsThatCanFail = { altostrat: altostratSpec, interactly: interactlySpec };

function scenarioServer(scenario: RunScenario, specs?: typeof vendorsThatCanFail) {
  const mocks = createWorkflowMocks({ scenario, ...(specs ? { specs } : {}) });
  const server = setupServer(...mocks.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => assertContractsKept(mocks));
  afterAll(() => server.close());
  return mocks;
}

const providers = {
  altostrat: () => createAltostratProvider({ apiKey: 'test-key' }),
  embedworkflow: () => createEmbedWorkflowProvider({ apiKey: 'sk_test_key' }),
  interactly: () => createInteractlyProvider({ apiKey: 'test-key' }),
};

interface SeenRun {
  status: string;
  runId?: string;
}

interface Followable<Run extends SeenRun> {
  run(workflowId: string, input: Record<string, unknown>): Promise<Run>;
  waitForRun(run: Run, options: { intervalMs: number; onProgress: (run: SeenRun) => void }): Promise<SeenRun>;
}

async function statusesOfWait<Run extends SeenRun>(provider: Followable<Run>, workflowId: string) {
  const started = await provider.run(workflowId, {});
  const seen: string[] = [];
  const done = await provider.waitForRun(started, { intervalMs: 1, onProgress: (run) => seen.push(run.status) });
  return { started, seen, done };
}

describe('a scenario that ends as it usually does', () => {
  const mocks = scenarioServer({});

  it('takes an Altostrat run from queued through running to succeeded, one read a step', async () => {
    const { started, seen, done } = await statusesOfWait(providers.altostrat(), ALTOSTRAT_WORKFLOW);
    expect(started.status).toBe('queued');
    expect(seen).toEqual(['running', 'succeeded']);
    expect(done).toMatchObject({ runId: started.runId, status: 'succeeded', vendorStatus: 'completed' });
    const reads = mocks.vendors.altostrat.calls.filter((call) => call.operationId === 'getWorkflowRun');
    expect(reads.map((call) => call.pathParams.runId)).toEqual([started.runId, started.runId]);
  });

  it('gives every run its own id, shaped like the spec example, and each run its own progress', async () => {
    const altostrat = providers.altostrat();
    const [first, second] = [await altostrat.run(ALTOSTRAT_WORKFLOW, {}), await altostrat.run(ALTOSTRAT_WORKFLOW, {})];
    expect(first.runId).not.toBe(second.runId);
    expect(first.runId).toMatch(/^fl_run_[0-9a-z]{16}$/);
    await expect(altostrat.getRun(ALTOSTRAT_WORKFLOW, first.runId as string)).resolves.toMatchObject({
      status: 'running',
    });
    await expect(altostrat.getRun(ALTOSTRAT_WORKFLOW, first.runId as string)).resolves.toMatchObject({
      status: 'succeeded',
    });
    // The second run has not been read yet: it is still at its first step.
    await expect(altostrat.getRun(ALTOSTRAT_WORKFLOW, second.runId as string)).resolves.toMatchObject({
      status: 'running',
    });
  });

  it('takes an Embed Workflow execution from running to succeeded', async () => {
    const { started, seen, done } = await statusesOfWait(providers.embedworkflow(), EMBEDWORKFLOW_WORKFLOW);
    expect(started.status).toBe('running');
    expect(seen).toEqual(['succeeded']);
    expect(done.runId).toBe(started.runId);
  });

  it('takes a run it has not seen start (an id from elsewhere) from queued, on Interactly', async () => {
    const interactly = providers.interactly();
    const runId = '0123456789abcdef01234567';
    const seen: string[] = [];
    for (let read = 0; read < 4; read += 1) {
      seen.push((await interactly.getRun(INTERACTLY_WORKFLOW, runId)).status);
    }
    expect(seen).toEqual(['queued', 'running', 'succeeded', 'succeeded']);
  });

  it('answers a cancel with the run cancelled, and reads it cancelled after (Interactly)', async () => {
    const interactly = providers.interactly();
    const started = await interactly.run(INTERACTLY_WORKFLOW, {});
    const cancelled = await interactly.cancel(INTERACTLY_WORKFLOW, started.runId as string);
    expect(cancelled).toMatchObject({ runId: started.runId, status: 'cancelled' });
    await expect(interactly.getRun(INTERACTLY_WORKFLOW, started.runId as string)).resolves.toMatchObject({
      status: 'cancelled',
    });
  });

  it('lists the runs started, newest first, and the spec example before any run', async () => {
    mocks.reset();
    const altostrat = providers.altostrat();
    const before: string[] = [];
    for await (const run of altostrat.listRuns(ALTOSTRAT_WORKFLOW)) before.push(run.runId as string);
    expect(before).toEqual(['fl_run_a1b2c3d4e5f6g7h8']);
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) ids.push((await altostrat.run(ALTOSTRAT_WORKFLOW, {})).runId as string);
    await altostrat.run('fl_another00000000', {});
    const listed: string[] = [];
    for await (const run of altostrat.listRuns(ALTOSTRAT_WORKFLOW)) listed.push(run.runId as string);
    expect(listed).toEqual(ids.reverse());
  });
});

describe('a scenario with small pages and a chosen end', () => {
  const mocks = scenarioServer({ end: 'failed', readsPerState: 2, pageSize: 2 }, vendorsThatCanFail);

  it('shows each state for two reads and ends failed', async () => {
    const { seen, done } = await statusesOfWait(providers.altostrat(), ALTOSTRAT_WORKFLOW);
    // The start shows queued once, the first read queued again, then two reads a state.
    expect(seen).toEqual(['queued', 'running', 'running', 'failed']);
    expect(done).toMatchObject({ status: 'failed', error: expect.stringMatching(/Webhook request failed/) });
  });

  it('pages over the runs started, a page of two at a time, each page asked once', async () => {
    mocks.reset();
    const interactly = providers.interactly();
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) ids.push((await interactly.run(INTERACTLY_WORKFLOW, {})).runId as string);
    const pages: string[][] = [];
    for await (const page of interactly.listRuns({ size: 2 }).pages()) {
      pages.push(page.items.map((run) => String(run.run_id)));
    }
    expect(pages).toEqual([ids.slice(3).reverse(), ids.slice(1, 3).reverse(), ids.slice(0, 1)]);
    expect(mocks.vendors.interactly.calls.filter((call) => call.operationId === 'listWorkflowRuns')).toHaveLength(3);
  });

  it('answers a start that repeats an idempotency key with the run that key started, as Altostrat does', async () => {
    const altostrat = providers.altostrat();
    const idempotencyKey = '7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
    const first = await altostrat.run(ALTOSTRAT_WORKFLOW, { order: 1 }, { idempotencyKey });
    const again = await altostrat.run(ALTOSTRAT_WORKFLOW, { order: 1 }, { idempotencyKey });
    const other = await altostrat.run(ALTOSTRAT_WORKFLOW, { order: 1 });
    expect(again.runId).toBe(first.runId);
    expect(other.runId).not.toBe(first.runId);
  });

  it('lets a respondWith plan come first, then goes on with the scenario', async () => {
    const altostrat = providers.altostrat();
    const started = await altostrat.run(ALTOSTRAT_WORKFLOW, {});
    mocks.vendors.altostrat.respondWith('getWorkflowRun', { status: 429, headers: { 'retry-after': '0' } });
    await expect(altostrat.getRun(ALTOSTRAT_WORKFLOW, started.runId as string)).resolves.toMatchObject({
      runId: started.runId,
      status: 'queued',
    });
    expect(mocks.vendors.altostrat.calls.map((call) => call.status).slice(-2)).toEqual([429, 200]);
  });
});

describe("a scenario's listing, when the request leaves the page size out", () => {
  // Interactly's spec states `size`'s default; a spec that states another is paged by it.
  const smallPages = structuredClone(interactlySpec) as unknown as {
    paths: Record<string, { get?: { parameters?: { name: string; schema: { default?: number } }[] } }>;
  };
  const size = smallPages.paths['/workflows/v1/workflow-runs']?.get?.parameters?.find((p) => p.name === 'size');
  if (!size) throw new Error("Interactly's spec lists runs without a size parameter");
  size.schema.default = 2;
  const mocks = scenarioServer({}, { interactly: smallPages } as unknown as typeof vendorsThatCanFail);

  it("pages by the spec's stated default, not a number copied into the mock", async () => {
    const interactly = providers.interactly();
    for (let n = 0; n < 3; n += 1) await interactly.run(INTERACTLY_WORKFLOW, {});
    const pages: number[] = [];
    for await (const page of interactly.listRuns().pages()) pages.push(page.items.length);
    expect(pages).toEqual([2, 1]);
    expect(mocks.vendors.interactly.calls.filter((call) => call.operationId === 'listWorkflowRuns')).toHaveLength(2);
  });
});

describe("a scenario's listing, when the spec states a page size no page can have", () => {
  // A spec given through `specs` is the user's: a default of 0 or a fraction falls back to the vendor's.
  const odd = structuredClone(interactlySpec) as unknown as {
    paths: Record<string, { get?: { parameters?: { name: string; schema: { default?: number } }[] } }>;
  };
  const size = odd.paths['/workflows/v1/workflow-runs']?.get?.parameters?.find((p) => p.name === 'size');
  if (!size) throw new Error("Interactly's spec lists runs without a size parameter");
  size.schema.default = 0;
  scenarioServer({}, { interactly: odd } as unknown as typeof vendorsThatCanFail);

  it("pages by the vendor's usual size instead of looping over empty pages", async () => {
    const interactly = providers.interactly();
    for (let n = 0; n < 3; n += 1) await interactly.run(INTERACTLY_WORKFLOW, {});
    const pages: number[] = [];
    for await (const page of interactly.listRuns().pages()) pages.push(page.items.length);
    expect(pages).toEqual([3]);
  });
});

describe('a scenario the spec cannot show', () => {
  it('is refused when it is set up, naming the ends the vendor can show', () => {
    expect(() => createWorkflowMocks({ scenario: { end: 'waiting_for_input' } })).toThrow(
      "embedworkflow's spec shows no run that ends waiting_for_input: its scenarios can end succeeded (`specs` can leave embedworkflow out)",
    );
    expect(() => createWorkflowMocks({ scenario: { readsPerState: 0 } })).toThrow(
      /readsPerState must be a whole number/,
    );
  });
});

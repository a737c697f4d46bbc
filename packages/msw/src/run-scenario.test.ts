import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { assertContractsKept, createWorkflowMocks, interactlySpec, type RunScenario } from './index.js';
import { startLoopbackMockServer } from './node.js';

// Scenario mode's `turns`, on Interactly, read with plain fetch over a real socket: every answer
// is checked against the schema the spec gives it, and every request against the spec (by the
// mock, through assertContractsKept).
const WORKFLOW = '5eb7cf5a86d9755df3a6c593';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(structuredClone(interactlySpec), 'interactly');
const turnAnswer = ajv.compile({ $ref: 'interactly#/components/schemas/ExecuteWorkflowResponse' });
const runRecord = ajv.compile({ $ref: 'interactly#/components/schemas/WorkflowRunRecord' });
const runPage = ajv.compile({ $ref: 'interactly#/components/schemas/WorkflowRunPage' });
// The statuses after which a run is followed no further: it has ended, or waits for a turn.
const FINAL = ['completed', 'failed', 'aborted_looping_risk', 'cancelled', 'waiting_for_user_input', 'paused'];

type Run = Record<string, unknown> & { run_id: string; status: string; turn_number?: number };

/** The spec's schema's verdict on an answer: its errors, none when the spec allows it. */
function errorsOf(validate: typeof turnAnswer, body: unknown) {
  validate(body);
  return validate.errors ?? [];
}

/** An Interactly mock playing `scenario` on loopback, for one test, and the calls a test makes to it. */
async function withInteractly(scenario: RunScenario, test: (api: ReturnType<typeof apiOf>) => Promise<void>) {
  const server = await startLoopbackMockServer({ specs: { interactly: interactlySpec }, scenario });
  try {
    await test(apiOf(server.baseUrlOf('interactly')));
    assertContractsKept(server.mocks);
  } finally {
    await server.close();
  }
}

function apiOf(baseUrl: string) {
  const send = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    return response.json();
  };
  const turn = async (body: unknown): Promise<Run> => {
    const answer = (await send(`/workflows/v1/workflows/${WORKFLOW}/execute`, {
      method: 'POST',
      body: JSON.stringify(body),
    })) as Run;
    expect(errorsOf(turnAnswer, answer)).toEqual([]);
    return answer;
  };
  return {
    start: () => turn({ run_input: { command: 'start', workflow_id: WORKFLOW, dynamic_variables: {} } }),
    next: (runId: string) => turn({ run_id: runId, run_input: { workflow_id: WORKFLOW } }),
    stop: (runId: string) => turn({ run_id: runId, run_input: { command: 'stop', workflow_id: WORKFLOW } }),
    read: async (runId: string): Promise<Run> => {
      const run = (await send(`/workflows/v1/workflow-runs/${runId}`)) as Run;
      expect(errorsOf(runRecord, run)).toEqual([]);
      expect(run.run_id).toBe(runId);
      return run;
    },
    list: async (): Promise<Run[]> => {
      const page = (await send('/workflows/v1/workflow-runs')) as { items: Run[] };
      expect(errorsOf(runPage, page)).toEqual([]);
      return page.items;
    },
  };
}

/** Each answer as `status turn`, the way a run's progress reads. */
const seen = (runs: Run[]) => runs.map((run) => `${run.status} ${run.turn_number ?? '-'}`);

describe('scenario mode, an Interactly run that takes turns', () => {
  it('answers its first turn started, then advances a turn a read until it settles', async () => {
    await withInteractly({ turns: 3 }, async (api) => {
      const started = await api.start();
      expect(started).toMatchObject({
        status: 'started',
        turn_number: 1,
        events: [],
        is_waiting_for_input: false,
        is_completed: false,
        workflow_id: WORKFLOW,
      });
      const reads: Run[] = [];
      for (let n = 0; n < 5; n += 1) reads.push(await api.read(started.run_id));
      expect(seen([started, ...reads])).toEqual([
        'started 1',
        'running 1',
        'running 2',
        'running 3',
        'completed 3',
        'completed 3',
      ]);
      // What a user following the run sees: statuses that are not final, then the final one.
      const firstFinal = reads.findIndex((run) => FINAL.includes(run.status));
      expect(firstFinal).toBeGreaterThan(0);
      expect(reads.slice(0, firstFinal).every((run) => !FINAL.includes(run.status))).toBe(true);
      expect(reads.at(-1)).toMatchObject({ is_completed: true, is_waiting_for_input: false });
    });
  });

  it.each([
    ['failed', 'failed', { is_completed: true, error: expect.any(String) }],
    ['waiting_for_input', 'waiting_for_user_input', { is_completed: false, is_waiting_for_input: true }],
  ] as const)(
    'settles at the end the scenario names (%s), numbered with its last turn',
    async (end, status, fields) => {
      await withInteractly({ turns: 2, end }, async (api) => {
        const started = await api.start();
        const reads: Run[] = [];
        for (let n = 0; n < 3; n += 1) reads.push(await api.read(started.run_id));
        expect(seen(reads)).toEqual(['running 1', 'running 2', `${status} 2`]);
        expect(reads.at(-1)).toMatchObject(fields);
      });
    },
  );

  it('shows each step for readsPerState answers, its first turn counted', async () => {
    await withInteractly({ turns: 1, readsPerState: 2 }, async (api) => {
      const started = await api.start();
      const reads: Run[] = [];
      for (let n = 0; n < 5; n += 1) reads.push(await api.read(started.run_id));
      expect(seen([started, ...reads])).toEqual([
        'started 1',
        'started 1',
        'running 1',
        'running 1',
        'completed 1',
        'completed 1',
      ]);
    });
  });

  it('lists each run at the turn it stands at, without moving it on', async () => {
    await withInteractly({ turns: 2 }, async (api) => {
      const first = await api.start();
      const second = await api.start();
      await api.read(first.run_id);
      await api.read(first.run_id);
      expect(seen(await api.list())).toEqual(['started 1', 'running 2']);
      expect(seen(await api.list())).toEqual(['started 1', 'running 2']);
      expect((await api.list()).map((run) => run.run_id)).toEqual([second.run_id, first.run_id]);
      expect(seen([await api.read(first.run_id)])).toEqual(['completed 2']);
    });
  });

  it('numbers a later turn, or a stop, one after the last turn the run showed', async () => {
    await withInteractly({ turns: 3 }, async (api) => {
      const stopped = await api.start();
      await api.read(stopped.run_id);
      await api.read(stopped.run_id);
      expect(seen([await api.stop(stopped.run_id), await api.read(stopped.run_id)])).toEqual([
        'cancelled 3',
        'cancelled 3',
      ]);
      const continued = await api.start();
      expect(seen([await api.next(continued.run_id)])).toEqual(['completed 2']);
    });
  });

  it('takes a run it has not seen start from before its first turn', async () => {
    await withInteractly({ turns: 1 }, async (api) => {
      const runId = '0123456789abcdef01234567';
      const reads: Run[] = [];
      for (let n = 0; n < 5; n += 1) reads.push(await api.read(runId));
      expect(seen(reads)).toEqual(['not_started -', 'started 1', 'running 1', 'completed 1', 'completed 1']);
    });
  });

  it('answers the first turn at the end, as before, when the scenario gives no turns', async () => {
    await withInteractly({}, async (api) => {
      const started = await api.start();
      expect(seen([started, await api.read(started.run_id)])).toEqual(['completed 2', 'completed 3']);
    });
  });

  it('refuses a number of turns that is not a whole number from 1 to 1000, when it is set up', () => {
    // 1e9 would be a step held for each turn of each run: refused, not a mock that exhausts memory.
    for (const turns of [0, 1.5, -1, Number.NaN, 1001, 1e9, Number.POSITIVE_INFINITY]) {
      expect(() => createWorkflowMocks({ scenario: { turns } })).toThrow(
        `turns must be a whole number from 1 to 1000, got ${turns}`,
      );
    }
    expect(() => createWorkflowMocks({ scenario: { turns: 1000 } })).not.toThrow();
  });
});

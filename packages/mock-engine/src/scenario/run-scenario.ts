import { child, HTTP_METHODS, type Located, type OpenApiDocument, pointerToken, resolve } from '../openapi-document.js';
import type { PlannedResponse } from '../response-examples.js';
import type { ExampleLookup, RecordedCall, Responder } from '../spec-mock/create-spec-mock.js';
import type { ExampleRef, RunModel, ScenarioState, TurnsModel } from './run-models.js';

/** The most turns a scenario's run may take. */
const MAX_SCENARIO_TURNS = 1000;

/** How each run goes in scenario mode. */
export interface RunScenario {
  /** Where every run ends: `succeeded` by default. */
  end?: 'succeeded' | 'failed' | 'waiting_for_input' | undefined;
  /** How many answers show each state before the run moves on: 1 by default. */
  readsPerState?: number | undefined;
  /**
   * For a run that goes a turn at a time (Interactly's): how many turns (1 to 1000) it takes before its
   * end. Its first turn is answered `started` (turn 1); then, a step every `readsPerState`
   * answers, it is `running` turn 1, 2, … up to `turns`, then at the scenario's end, numbered
   * with its last turn. Left out, the first turn is answered with the run at its end, as
   * Interactly answers a turn once it is over. Other vendors' runs take no turns.
   */
  turns?: number | undefined;
  /** Runs a listing page holds when the request does not say: the vendor's default otherwise. */
  pageSize?: number | undefined;
}

/** One step of a run's way: its state, and how the spec shows it there. */
interface ScenarioStep {
  state: ScenarioState;
  /** The spec's example of the run at this step, where it is not the state's own. */
  shows?: ExampleRef | undefined;
  /** The run's latest turn at this step, where the scenario numbers its turns. */
  turn?: number | undefined;
}

interface ScenarioRun {
  runId: string;
  workflowId: string;
  /** The steps the run goes through; it stays at the last one. */
  timeline: ScenarioStep[];
  /** Answers that have shown the run so far. */
  shown: number;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Every string equal to `from`, anywhere in `value`, replaced by `to`. */
function replaceString(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((item) => replaceString(item, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceString(item, from, to)]));
  }
  return value;
}

/**
 * A new id shaped like the spec's example id: its last characters replaced by a counter in
 * lower-case hexadecimal, so an id of hex digits (an ObjectId, a UUID) stays one.
 */
function mintId(exampleId: string, counter: number): string {
  const suffix = counter.toString(16).padStart(6, '0');
  if (exampleId.length <= suffix.length) return `${exampleId}${suffix}`;
  return `${exampleId.slice(0, exampleId.length - suffix.length)}${suffix}`;
}

/**
 * Answers a vendor's run operations from the runs started so far: each started run goes
 * through the model's states to the scenario's end, one step per `readsPerState` answers
 * (its start's answer included); a run read by an id the mock has not seen is taken as one
 * started elsewhere, from its first state. A cancel ends the run `cancelled`. A listing pages
 * over the runs, newest first, and answers the spec's example until there is one.
 */
/** The default `document` states for the query parameter `name` of `operationId`, if it states one. */
export function statedQueryDefault(document: OpenApiDocument, operationId: string, name: string): unknown {
  for (const [path, pathValue] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, { value: pathValue, pointer: `/paths/${pointerToken(path)}` });
    for (const method of HTTP_METHODS) {
      const operation = pathItem.value[method] as Record<string, unknown> | undefined;
      if (operation?.operationId !== operationId) continue;
      const parametersOf = (item: Located): Located[] => {
        const list = child(item, 'parameters') as Located;
        return Array.isArray(list.value)
          ? list.value.map((_, index) => resolve(document, child(list, String(index))))
          : [];
      };
      const parameters = [...parametersOf(pathItem), ...parametersOf(child(pathItem, method) as Located)];
      const found = parameters.find((p) => p.value.in === 'query' && p.value.name === name);
      if (!found) return undefined;
      return resolve(document, child(found, 'schema')).value?.default;
    }
  }
  return undefined;
}

export function createRunScenario(
  vendor: string,
  model: RunModel,
  scenario: RunScenario,
  document: OpenApiDocument,
): Responder {
  // A page's size when the request leaves it out: the spec's stated default, as the vendor's.
  const stated = model.list?.sizeParam
    ? statedQueryDefault(document, model.list.operationId, model.list.sizeParam)
    : undefined;
  const vendorPageSize =
    typeof stated === 'number' && Number.isInteger(stated) && stated >= 1 ? stated : model.list?.defaultPageSize;
  const end = scenario.end ?? 'succeeded';
  const readsPerState = scenario.readsPerState ?? 1;
  if (!Number.isInteger(readsPerState) || readsPerState < 1) {
    throw new Error(`readsPerState must be a whole number, 1 or more, got ${String(readsPerState)}`);
  }
  const { turns } = scenario;
  // Bounded: each of a run's turns is a step the mock holds, so a careless 1e9 would exhaust memory.
  if (turns !== undefined && (!Number.isInteger(turns) || turns < 1 || turns > MAX_SCENARIO_TURNS)) {
    throw new Error(`turns must be a whole number from 1 to ${MAX_SCENARIO_TURNS}, got ${String(turns)}`);
  }
  const turnsModel = turns === undefined ? undefined : model.turns;
  if (!model.states[end]) {
    const ends = (['succeeded', 'failed', 'waiting_for_input'] as const).filter((state) => model.states[state]);
    throw new Error(
      `${vendor}'s spec shows no run that ends ${end}: its scenarios can end ${ends.join(', ')} (\`specs\` can leave ${vendor} out)`,
    );
  }
  const runs = new Map<string, ScenarioRun>();
  /** The run each idempotency key started, where the vendor deduplicates on one. */
  const runOfKey = new Map<string, ScenarioRun>();
  let minted = 0;

  const steps = (states: ScenarioState[]): ScenarioStep[] => states.map((state) => ({ state }));

  /** A run that takes `count` turns: started, running a turn at a time, then at its end. */
  const turnSteps = (count: number, by: TurnsModel): ScenarioStep[] => [
    { state: 'running', shows: by.started, turn: 1 },
    ...Array.from({ length: count }, (_, n): ScenarioStep => ({ state: 'running', turn: n + 1 })),
    { state: end, turn: count },
  ];

  /** The way of a run its start's answer begins. */
  const startedTimeline = (): ScenarioStep[] => {
    if (turnsModel && turns) return turnSteps(turns, turnsModel);
    return steps(model.start.settles ? [end] : [...model.before, end]);
  };

  /** The way of a run first read by an id the mock has not seen: from before its first turn. */
  const unseenTimeline = (): ScenarioStep[] => {
    if (!turnsModel || !turns) return steps([...model.before, end]);
    return [...steps(model.before.filter((state) => state === 'queued')), ...turnSteps(turns, turnsModel)];
  };

  /** The step an answer shows the run at, moving the run on. */
  const stepOf = (run: ScenarioRun): ScenarioStep => {
    const index = Math.min(Math.floor(run.shown / readsPerState), run.timeline.length - 1);
    run.shown += 1;
    return run.timeline[index] as ScenarioStep;
  };

  /** The step the last answer showed the run at (its first, before any), without moving it on. */
  const stepNow = (run: ScenarioRun): ScenarioStep | undefined => {
    const index = Math.min(Math.max(Math.floor((run.shown - 1) / readsPerState), 0), run.timeline.length - 1);
    return run.timeline[index];
  };

  /** The spec's example of a run at `step`, its ids made the run's, and its turn where it has one. */
  const runBody = (
    examples: ExampleLookup,
    run: ScenarioRun,
    step: ScenarioStep,
    example?: string,
  ): Record<string, unknown> => {
    const ref = step.shows ?? model.states[step.state];
    const source = example
      ? examples(model.start.operationId, model.start.status, example)
      : ref && examples(ref.operationId, ref.status, ref.example);
    if (!source) throw new Error(`${vendor}'s spec shows no run that is ${step.state}`);
    const exampleId = (source.body as Record<string, unknown>)[model.runIdField];
    const body = (
      typeof exampleId === 'string' ? replaceString(source.body, exampleId, run.runId) : clone(source.body)
    ) as Record<string, unknown>;
    body[model.runIdField] = run.runId;
    if (model.workflowIdField && model.workflowIdField in body) body[model.workflowIdField] = run.workflowId;
    if (step.turn !== undefined && model.turns) body[model.turns.turnField] = step.turn;
    return body;
  };

  const answerWith = (
    examples: ExampleLookup,
    operationId: string,
    status: number,
    body: unknown,
  ): PlannedResponse => ({
    ...examples(operationId, status),
    body,
  });

  const start = (call: RecordedCall, examples: ExampleLookup): PlannedResponse => {
    const workflowId = call.pathParams[model.start.workflowParam] ?? '';
    const turn = model.start.turnOf?.(call.body);
    const existing = turn && runs.get(turn.runId);
    if (turn) {
      // A later turn, or a stop: the run settles (Interactly answers a turn once it is over),
      // one turn after the last it showed where the scenario numbers its turns.
      const latest = existing && stepNow(existing)?.turn;
      const run = existing ?? { runId: turn.runId, workflowId, timeline: [], shown: 0 };
      const state = turn.cancel ? 'cancelled' : end === 'waiting_for_input' ? 'succeeded' : end;
      run.timeline = [{ state, ...(latest === undefined ? {} : { turn: latest + 1 }) }];
      run.shown = 0;
      runs.delete(run.runId);
      runs.set(run.runId, run);
      return startAnswer(examples, run);
    }
    const key = model.start.idempotencyHeader && call.headers[model.start.idempotencyHeader];
    const repeated = key ? runOfKey.get(key) : undefined;
    // The same key again: the run it started, as it stands, and no new one.
    if (repeated) return startAnswer(examples, repeated);
    const sample = examples(model.start.operationId, model.start.status).body as Record<string, unknown>;
    minted += 1;
    const run: ScenarioRun = {
      runId: mintId(String(sample[model.runIdField] ?? 'run'), minted),
      workflowId,
      timeline: startedTimeline(),
      shown: 0,
    };
    runs.set(run.runId, run);
    if (key) runOfKey.set(key, run);
    return startAnswer(examples, run);
  };

  const startAnswer = (examples: ExampleLookup, run: ScenarioRun): PlannedResponse => {
    const step = stepOf(run);
    // A run as the spec shows it read, answered as a turn: the turn that starts it (`turns`).
    if (step.shows && model.turns) {
      const body = model.turns.turnAnswer(runBody(examples, run, step));
      return answerWith(examples, model.start.operationId, model.start.status, body);
    }
    const example = model.start.examples[step.state];
    if (!example) throw new Error(`${vendor}'s spec shows no start of a run that is ${step.state}`);
    return answerWith(examples, model.start.operationId, model.start.status, runBody(examples, run, step, example));
  };

  const read = (call: RecordedCall, examples: ExampleLookup): PlannedResponse => {
    const runId = call.pathParams[model.read.runParam] ?? '';
    let run = runs.get(runId);
    if (!run) {
      run = { runId, workflowId: '', timeline: unseenTimeline(), shown: 0 };
      runs.set(runId, run);
    }
    const body = runBody(examples, run, stepOf(run));
    return answerWith(examples, model.read.operationId, model.read.status, body);
  };

  const list = (call: RecordedCall, examples: ExampleLookup): PlannedResponse | undefined => {
    const listing = model.list;
    if (!listing) return undefined;
    const workflowId = listing.workflowParam ? call.pathParams[listing.workflowParam] : undefined;
    const listed = [...runs.values()].reverse().filter((run) => !workflowId || run.workflowId === workflowId);
    if (listed.length === 0) return undefined;
    const { page, size: asked } = listing.pageOf(call.query);
    const size = asked ?? scenario.pageSize ?? vendorPageSize ?? listing.defaultPageSize;
    const onPage = listed.slice((page - 1) * size, page * size);
    // A listing shows each run as it stands, without moving it on.
    const items = onPage.map((run) => runBody(examples, run, stepNow(run) as ScenarioStep));
    const url = call.url.split('?')[0] ?? call.url;
    const lastPage = Math.max(1, Math.ceil(listed.length / size));
    const body = listing.body(items, { page, size, total: listed.length, lastPage, url });
    return answerWith(examples, listing.operationId, 200, body);
  };

  return {
    answer(call, examples) {
      if (call.operationId === model.start.operationId) return start(call, examples);
      if (call.operationId === model.read.operationId) return read(call, examples);
      if (call.operationId === model.list?.operationId) return list(call, examples);
      return undefined;
    },
    reset() {
      runs.clear();
      runOfKey.clear();
      minted = 0;
    },
  };
}

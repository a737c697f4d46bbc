import type { PlannedResponse } from '../response-examples.js';
import type { RecordedCall } from '../spec-mock/create-spec-mock.js';

/**
 * Where each vendor's spec shows a run in each state a scenario moves through, and how its
 * requests start, read, cancel and list runs. Each state points at one of the spec's own named
 * examples, so a scenario answers only with bodies the spec documents; the ids in them are
 * replaced by the run's. Vendors whose runs cannot be read back (Wiv, AI Tutor) have none.
 */

/** A state a scenario's run can be in, in the common words of `WorkflowRun.status`. */
export type ScenarioState = 'queued' | 'running' | 'succeeded' | 'failed' | 'waiting_for_input' | 'cancelled';

/** One of the spec's examples: an operation's answer with that status, by name. */
export interface ExampleRef {
  operationId: string;
  status: number;
  example: string;
}

export interface ListingModel {
  operationId: string;
  /** The path parameter that narrows the listing to one workflow, if the listing has one. */
  workflowParam?: string;
  /**
   * The query parameter that sets a page's size, where the API takes one: when the request
   * leaves it out, a page holds the spec's default for it.
   */
  sizeParam?: string;
  /** Runs a page holds when the request does not say and the spec states no default. */
  defaultPageSize: number;
  /** The request's page number and, where the API takes one, page size. */
  pageOf(query: Record<string, string>): { page: number; size?: number };
  /** The page's body, from the runs on it (newest first), as the vendor shapes it. */
  body(items: unknown[], position: PagePosition): unknown;
}

export interface PagePosition {
  page: number;
  size: number;
  total: number;
  lastPage: number;
  /** The listing's URL without its query, to build page links from. */
  url: string;
}

export interface RunModel {
  start: {
    operationId: string;
    status: number;
    workflowParam: string;
    /** The start operation's example for each state it can answer with. */
    examples: Partial<Record<ScenarioState, string>>;
    /**
     * The turn answers once the run has settled (Interactly): it shows the scenario's end,
     * unless the scenario has the run take `turns` (see `turns`).
     */
    settles?: boolean;
    /** When the request continues or cancels an existing run rather than starting one. */
    turnOf?(body: unknown): { runId: string; cancel: boolean } | undefined;
    /**
     * The header the vendor deduplicates starts on, lower-cased, where its spec says it does: a
     * start repeating a key answers with the run that key started, as the vendor would.
     */
    idempotencyHeader?: string;
  };
  read: { operationId: string; status: number; runParam: string };
  /** How a run that goes a turn at a time shows its turns, for a scenario's `turns` (Interactly). */
  turns?: TurnsModel;
  /** The states a run passes through before its end, in order. */
  before: ScenarioState[];
  /** Where the spec shows a run in each state, in the shape a read answers with. */
  states: Partial<Record<ScenarioState, ExampleRef>>;
  /** The run-id field of a run's body; the workflow-id field, where the body has one. */
  runIdField: string;
  workflowIdField?: string;
  list?: ListingModel;
}

export interface TurnsModel {
  /**
   * Where the spec shows a run whose first turn has begun: what the first turn's answer shows
   * (through `turnAnswer`), and a read of the run at that step.
   */
  started: ExampleRef;
  /** The field of a run's body that numbers its latest turn, counting from 1. */
  turnField: string;
  /** A run's body, as read, made a turn's answer: the fields a turn's answer requires and a read's lacks. */
  turnAnswer(run: Record<string, unknown>): Record<string, unknown>;
}

/** The examples of one operation's answer with one status, by name. */
const examplesOf =
  (operationId: string, status: number) =>
  (example: string): ExampleRef => ({ operationId, status, example });

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const positiveInteger = (text: string | undefined): number | undefined => {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
};

const altostratStart = examplesOf('executeWorkflow', 202);
const altostratRead = examplesOf('getWorkflowRun', 200);

const altostrat: RunModel = {
  start: {
    operationId: 'executeWorkflow',
    status: 202,
    workflowParam: 'workflowId',
    examples: { queued: 'queued', running: 'running', succeeded: 'completed', failed: 'failed' },
    idempotencyHeader: 'idempotency-key',
  },
  read: { operationId: 'getWorkflowRun', status: 200, runParam: 'runId' },
  before: ['queued', 'running'],
  states: {
    queued: altostratStart('queued'),
    running: altostratRead('running'),
    succeeded: altostratRead('completed'),
    failed: altostratStart('failed'),
    waiting_for_input: altostratStart('awaitingUiInteraction'),
  },
  runIdField: 'id',
  list: {
    operationId: 'listWorkflowExecutions',
    workflowParam: 'workflowId',
    // Laravel's default page size, as the spec's one-page example shows it.
    defaultPageSize: 15,
    pageOf: (query) => ({ page: positiveInteger(query.page) ?? 1 }),
    body: (data, { page, size, total, lastPage, url }) => {
      const link = (n: number) => `${url}?page=${n}`;
      const from = data.length ? (page - 1) * size + 1 : null;
      return {
        data,
        links: {
          first: link(1),
          last: link(lastPage),
          prev: page > 1 ? link(page - 1) : null,
          next: page < lastPage ? link(page + 1) : null,
        },
        meta: {
          current_page: page,
          from,
          last_page: lastPage,
          path: url,
          per_page: size,
          to: from === null ? null : from + data.length - 1,
          total,
        },
      };
    },
  },
};

const embedworkflowRead = examplesOf('getExecution', 200);

const embedworkflow: RunModel = {
  start: { operationId: 'executeWorkflow', status: 201, workflowParam: 'id', examples: { running: 'created' } },
  read: { operationId: 'getExecution', status: 200, runParam: 'id' },
  // An execution starts with its actions running: the spec shows no queued or failed one.
  before: ['running'],
  states: { running: embedworkflowRead('running'), succeeded: embedworkflowRead('completed') },
  runIdField: 'id',
};

const interactlyRead = examplesOf('getWorkflowRun', 200);
const interactlyTurn = examplesOf('executeWorkflow', 200);

const interactly: RunModel = {
  start: {
    operationId: 'executeWorkflow',
    status: 200,
    workflowParam: 'workflow_id',
    examples: {
      waiting_for_input: 'waitingForInput',
      succeeded: 'completed',
      failed: 'failed',
      cancelled: 'cancelled',
    },
    settles: true,
    turnOf(body) {
      const runId = record(body).run_id;
      if (typeof runId !== 'string') return undefined;
      return { runId, cancel: record(record(body).run_input).command === 'stop' };
    },
  },
  read: { operationId: 'getWorkflowRun', status: 200, runParam: 'workflow_run_id' },
  turns: {
    started: interactlyRead('started'),
    turnField: 'turn_number',
    // The only field a turn's answer requires that a run as read leaves out: a turn answered as
    // it begins has emitted no event yet.
    turnAnswer: (run) => ({ ...run, events: [] }),
  },
  before: ['queued', 'running'],
  states: {
    queued: interactlyRead('notStarted'),
    running: interactlyRead('running'),
    waiting_for_input: interactlyRead('waiting'),
    succeeded: interactlyRead('completed'),
    // A run record lets every field through, so a turn's answer describes the run as well.
    failed: interactlyTurn('failed'),
    cancelled: interactlyTurn('cancelled'),
  },
  runIdField: 'run_id',
  workflowIdField: 'workflow_id',
  list: {
    operationId: 'listWorkflowRuns',
    // The spec states `size`'s default; this is only its fallback.
    sizeParam: 'size',
    defaultPageSize: 100,
    pageOf: (query) => ({
      page: positiveInteger(query.page) ?? 1,
      ...(positiveInteger(query.size) ? { size: positiveInteger(query.size) } : {}),
    }),
    body: (items, { page, size, total, lastPage }) => ({
      items,
      total,
      page,
      size,
      pages: total === 0 ? 0 : lastPage,
    }),
  },
};

/** The run model of each vendor whose runs can be read back. */
export const runModels: Readonly<Record<string, RunModel>> = { altostrat, embedworkflow, interactly };

/**
 * A 2xx answer to a read of one run, made about the run the request named: the spec's example
 * shows a run of its own, and a client rightly refuses an answer about another run than the one
 * it asked for. Any other answer is left as it is.
 */
export const aboutRunAsked =
  (model: RunModel) =>
  (call: RecordedCall, planned: PlannedResponse): PlannedResponse => {
    const asked = call.pathParams[model.read.runParam];
    const body = planned.body;
    if (call.operationId !== model.read.operationId || planned.status >= 300 || typeof asked !== 'string')
      return planned;
    if (body === null || typeof body !== 'object' || !(model.runIdField in body)) return planned;
    return { ...planned, body: { ...(body as Record<string, unknown>), [model.runIdField]: asked } };
  };

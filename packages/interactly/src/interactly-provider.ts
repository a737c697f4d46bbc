import type {
  CallOptions,
  CancellableRunHandle,
  RunListing,
  WorkflowProvider,
  WorkflowRun,
} from '@workflow-clients/core';
import {
  createVendorRuntime,
  expectAnswer,
  isRecord,
  normalizeStatus,
  otherRunThan,
  pollingWaiter,
  runHandles,
  runListing,
  type StatusTableFor,
} from '@workflow-clients/core/internal';
import { executeWorkflowAnswer, getWorkflowRunAnswer, listWorkflowRunsAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';
import { type InteractlyClientOptions, interactlyDefinition } from './interactly-client.js';

export type InteractlyRunResponse = components['schemas']['ExecuteWorkflowResponse'];
type ExecuteWorkflowRequest = components['schemas']['ExecuteWorkflowRequest'];
export type InteractlyRunRecord = components['schemas']['WorkflowRunRecord'];
export type InteractlyRunPage = components['schemas']['WorkflowRunPage'];
export type InteractlyListQuery = Omit<
  NonNullable<paths['/workflows/v1/workflow-runs']['get']['parameters']['query']>,
  'page'
>;

/** A run as read back, without taking a turn. */
export type InteractlyRunState = WorkflowRun<InteractlyRunRecord, 'interactly'>;

/** A run after one turn, with what Interactly says about the next turn. */
export type InteractlyRun = WorkflowRun<InteractlyRunResponse, 'interactly'> & {
  /** Which turn of the run this is, counting from 1. */
  turnNumber: number;
  /** What the paused workflow expects in the next turn, when it waits for input. */
  nextInputHint?: Record<string, unknown> | undefined;
};

export interface InteractlyRunOptions extends CallOptions {
  /** The workflow version to run (0 or more). Only the first turn picks it; later turns keep it. */
  version?: number | undefined;
}

export interface InteractlyProvider
  extends Omit<
    WorkflowProvider<InteractlyRunResponse, InteractlyRunRecord, 'interactly'>,
    'run' | 'resume' | 'cancel' | 'getRun'
  > {
  readonly vendor: 'interactly';
  readonly capabilities: typeof interactlyDefinition.capabilities;
  /** The run as it stands now, read without taking a turn. */
  getRun(workflowId: string, runId: string, options?: CallOptions): Promise<InteractlyRunState>;
  /**
   * A handle on a run, from the run or from its token (`String(handle)`), in this process or
   * another: its status, a wait, its updates, and `cancel()`.
   */
  handle(
    runOrToken: WorkflowRun<unknown, 'interactly'> | string,
  ): CancellableRunHandle<InteractlyRunState, InteractlyRun>;
  /**
   * Every run of the key's team, newest first, page after page; stop iterating to stop fetching.
   * `pages()` gives Interactly's own pages. A listed run's `workflowId` is its `workflow_id`
   * (empty where the page leaves it out).
   */
  listRuns(query?: InteractlyListQuery, options?: CallOptions): RunListing<InteractlyRunState, InteractlyRunPage>;
  /** Starts a run: its first turn, with `input` as the workflow's dynamic variables. */
  run(workflowId: string, input?: Record<string, unknown>, options?: InteractlyRunOptions): Promise<InteractlyRun>;
  /** Sends the next turn of a run that waits for input. */
  resume(
    workflowId: string,
    runId: string,
    input?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<InteractlyRun>;
  /** Stops a run. */
  cancel(workflowId: string, runId: string, options?: CallOptions): Promise<InteractlyRun>;
}

// A page holds this many runs when `size` is left out: fewer means it is the last.
const PAGE_SIZE = specFacts.parameters.listWorkflowRuns.size;

export const interactlyStatuses = {
  not_started: 'queued',
  started: 'running',
  running: 'running',
  paused: 'waiting_for_input',
  waiting_for_user_input: 'waiting_for_input',
  completed: 'succeeded',
  failed: 'failed',
  aborted_looping_risk: 'failed',
  cancelled: 'cancelled',
} as const satisfies StatusTableFor<components['schemas']['WorkflowRunStatus']>;

function toRunState(workflowId: string, runId: string, raw: InteractlyRunRecord): InteractlyRunState {
  const run: InteractlyRunState = {
    vendor: interactlyDefinition.slug,
    workflowId,
    runId: typeof raw.run_id === 'string' ? raw.run_id : runId,
    ...normalizeStatus(interactlyStatuses, raw.status),
    raw,
  };
  if (typeof raw.error === 'string' && raw.error) run.error = raw.error;
  return run;
}

function toRun(workflowId: string, raw: InteractlyRunResponse): InteractlyRun {
  const run: InteractlyRun = {
    vendor: interactlyDefinition.slug,
    workflowId,
    runId: raw.run_id,
    ...normalizeStatus(interactlyStatuses, raw.status),
    turnNumber: raw.turn_number,
    raw,
  };
  if (typeof raw.error === 'string' && raw.error) run.error = raw.error;
  if (isRecord(raw.next_input_hint)) run.nextInputHint = raw.next_input_hint;
  return run;
}

/** Interactly behind the common `WorkflowProvider` interface: one call per turn of a run. */
export function createInteractlyProvider(options: InteractlyClientOptions = {}): InteractlyProvider {
  const { vendor, client, call, refuse, input, own } = createVendorRuntime<paths, typeof interactlyDefinition>(
    interactlyDefinition,
    options,
  );

  function checkVersion(version: unknown): number | undefined {
    // null is what the spec's nullable `version` means by "let the server choose".
    if (version === undefined || version === null) return undefined;
    const { minimum } = specFacts.parameters.executeWorkflow.version;
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < minimum) {
      throw refuse(`\`version\` must be a whole number, ${minimum} or more, got ${String(version)}.`);
    }
    return version;
  }

  function checkRunId(runId: unknown): string {
    // The run id travels in the body, not the path, so only an absent one is refused.
    if (typeof runId !== 'string' || runId === '')
      throw refuse('`runId` is empty: pass the `runId` of the run that the first turn returned.');
    return runId;
  }

  async function executeTurn(
    workflowId: string,
    body: ExecuteWorkflowRequest,
    runOptions: CallOptions,
    version?: number,
  ): Promise<InteractlyRun> {
    const answer = await client.POST('/workflows/v1/workflows/{workflow_id}/execute', {
      params: { path: { workflow_id: workflowId }, ...(version === undefined ? {} : { query: { version } }) },
      body,
      ...call(runOptions),
    });
    return toRun(workflowId, expectAnswer(answer, executeWorkflowAnswer));
  }

  async function getRun(workflowId: string, runId: string, runOptions: CallOptions = {}): Promise<InteractlyRunState> {
    const answer = await client.GET('/workflows/v1/workflow-runs/{workflow_run_id}', {
      params: { path: { workflow_run_id: runId } },
      ...call(runOptions),
    });
    const raw = expectAnswer(answer, getWorkflowRunAnswer, (read) => otherRunThan(runId, read.run_id));
    return toRunState(workflowId, runId, raw);
  }

  async function cancel(workflowId: string, runId: string, runOptions: CallOptions = {}): Promise<InteractlyRun> {
    const run_id = checkRunId(runId);
    return executeTurn(workflowId, { run_id, run_input: { command: 'stop', workflow_id: workflowId } }, runOptions);
  }

  const waitForRun = pollingWaiter(vendor, getRun);
  return {
    vendor: vendor.slug,
    capabilities: vendor.capabilities,
    async run(workflowId, runInput, given) {
      const runOptions = own(given);
      const dynamic_variables = input(runInput);
      const version = checkVersion(runOptions.version);
      // No run_id: its absence is what tells Interactly to create a new run.
      const body = { run_input: { command: 'start', workflow_id: workflowId, dynamic_variables } } as const;
      return executeTurn(workflowId, body, runOptions, version);
    },
    async resume(workflowId, runId, turnInput, runOptions = {}) {
      const run_id = checkRunId(runId);
      // No command: Interactly continues a run because run_id is echoed (the spec's `command`
      // decision). Without input nothing is sent, so the run's variables are left as they are.
      const body = {
        run_id,
        run_input: {
          workflow_id: workflowId,
          ...(turnInput === undefined ? {} : { dynamic_variables: input(turnInput) }),
        },
      };
      return executeTurn(workflowId, body, runOptions);
    },
    cancel,
    getRun,
    waitForRun,
    handle: runHandles(vendor, { getRun, cancel }, { workflowId: vendor.pathPatterns.workflow_id }),
    listRuns(given, runOptions) {
      const query = own(given);
      const { size } = query;
      // Refused at the call, before any page is asked for.
      if (size !== undefined && !(Number.isSafeInteger(size) && size >= PAGE_SIZE.minimum)) {
        throw refuse(`\`size\` must be a whole number, ${PAGE_SIZE.minimum} or more, got ${String(size)}.`);
      }
      return runListing(
        vendor,
        {
          fetch: (page, pageOptions) =>
            client.GET('/workflows/v1/workflow-runs', { params: { query: { ...query, page } }, ...call(pageOptions) }),
          shape: listWorkflowRunsAnswer,
          items: (body) => body.items,
          id: (run: InteractlyRunRecord) => run.run_id,
          // Interactly's pages may not number themselves (an inferred shape); where they do, they must match.
          number: (body) => body.page,
          // The last page: fewer than asked for, or the page count says so.
          isLast: (body, page) =>
            body.pages !== undefined ? page >= body.pages : body.items.length < (query.size ?? PAGE_SIZE.default),
        },
        (raw) => toRunState(typeof raw.workflow_id === 'string' ? raw.workflow_id : '', '', raw),
        runOptions,
      );
    },
  };
}

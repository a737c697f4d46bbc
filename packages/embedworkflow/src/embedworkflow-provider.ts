import type { CallOptions, RunHandle, WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import {
  createVendorRuntime,
  expectAnswer,
  normalizeStatus,
  otherRunThan,
  pollingWaiter,
  runHandles,
  type StatusTable,
} from '@workflow-clients/core/internal';
import { type EmbedWorkflowClientOptions, embedWorkflowDefinition } from './embedworkflow-client.js';
import { executeWorkflowAnswer, getExecutionAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';

export type EmbedWorkflowExecution = components['schemas']['Execution'];
export type EmbedWorkflowRun = WorkflowRun<EmbedWorkflowExecution, 'embedworkflow'>;
export type EmbedWorkflowExecutionWithStats = components['schemas']['ExecutionWithStats'];
/** An execution as read back, with its per-node and per-edge `stats`. */
export type EmbedWorkflowRunState = WorkflowRun<EmbedWorkflowExecutionWithStats, 'embedworkflow'>;

export interface EmbedWorkflowRunOptions extends CallOptions {
  /** The user the workflow is executed for; left out, Embed Workflow uses `main`. */
  userKey?: string | undefined;
  /** Which kind of identifier `workflowId` is; left out, Embed Workflow reads it as the workflow's `id`. */
  idType?: string | undefined;
}

// Omitting resume and cancel (rather than leaving them optional) makes calling them a compile error.
export interface EmbedWorkflowProvider
  extends Omit<
    WorkflowProvider<EmbedWorkflowExecution, EmbedWorkflowExecutionWithStats, 'embedworkflow'>,
    'resume' | 'cancel' | 'run' | 'getRun'
  > {
  readonly vendor: 'embedworkflow';
  readonly capabilities: typeof embedWorkflowDefinition.capabilities;
  /** The execution as it stands now (`runId` is its `id`), with `stats` per node and edge. */
  getRun(workflowId: string, runId: string, options?: CallOptions): Promise<EmbedWorkflowRunState>;
  /** A handle on an execution, from the run or from its token (`String(handle)`), in this process or another. */
  handle(runOrToken: WorkflowRun<unknown, 'embedworkflow'> | string): RunHandle<EmbedWorkflowRunState>;
  /**
   * Executes the workflow with `input` as its `execution_data`. `user_key` and `id_type` are
   * sent only when given, so Embed Workflow's own defaults (`main`, `id`) apply otherwise.
   */
  run(
    workflowId: string,
    input?: Record<string, unknown>,
    options?: EmbedWorkflowRunOptions,
  ): Promise<EmbedWorkflowRun>;
}

// Only `running` is documented. The other words are the action states the execution counts
// (idle, running, completed, failed, stopped), read by the same sense, plus `pending` as a
// synonym of idle; any other word stays `running` with the word kept as `vendorStatus`.
export const embedWorkflowStatuses: StatusTable = {
  idle: 'queued',
  pending: 'queued',
  running: 'running',
  completed: 'succeeded',
  failed: 'failed',
  stopped: 'cancelled',
};

/** Embed Workflow behind the common `WorkflowProvider` interface. */
export function createEmbedWorkflowProvider(options: EmbedWorkflowClientOptions = {}): EmbedWorkflowProvider {
  const { vendor, client, call, input, own } = createVendorRuntime<paths, typeof embedWorkflowDefinition>(
    embedWorkflowDefinition,
    options,
  );

  /** An execution as a run: its `id` is the run's id, its status word normalized. */
  const runOf = <Raw extends EmbedWorkflowExecution>(
    workflowId: string,
    raw: Raw,
  ): WorkflowRun<Raw, 'embedworkflow'> => ({
    vendor: vendor.slug,
    workflowId,
    runId: raw.id,
    ...normalizeStatus(embedWorkflowStatuses, raw.status),
    raw,
  });

  async function getRun(
    workflowId: string,
    runId: string,
    runOptions: CallOptions = {},
  ): Promise<EmbedWorkflowRunState> {
    const raw = expectAnswer(
      await client.GET('/executions/{id}', { params: { path: { id: runId } }, ...call(runOptions) }),
      getExecutionAnswer,
      (execution) => otherRunThan(runId, execution.id),
    );
    return runOf(workflowId, raw);
  }

  const waitForRun = pollingWaiter(vendor, getRun);
  return {
    vendor: vendor.slug,
    capabilities: vendor.capabilities,
    async run(workflowId, runInput, given) {
      const runOptions = own(given);
      const { userKey, idType } = runOptions;
      const body: components['schemas']['ExecuteWorkflowRequest'] = { execution_data: input(runInput) };
      // Assigned one by one rather than spread: a field the spec renames or drops is then a
      // compile error here, naming it, instead of a field silently sent that the vendor ignores.
      if (userKey !== undefined) body.user_key = userKey;
      if (idType !== undefined) body.id_type = idType;
      const answer = await client.POST('/workflows/{id}/execute', {
        params: { path: { id: workflowId } },
        body,
        ...call(runOptions),
      });
      return runOf(workflowId, expectAnswer(answer, executeWorkflowAnswer));
    },
    getRun,
    waitForRun,
    handle: runHandles(vendor, { getRun }),
  };
}

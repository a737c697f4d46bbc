import {
  checkRunInput,
  createVendorRuntime,
  expectShape,
  isRecord,
  normalizeStatus,
  type ProviderCapabilities,
  type RunOptions,
  type StatusTable,
  type WorkflowProvider,
  type WorkflowRun,
} from '@workflow-clients/core';
import type { components, paths } from './generated/openapi.js';
import { embedWorkflowDefinition, type EmbedWorkflowClientOptions } from './embedworkflow-client.js';

export type EmbedWorkflowExecution = components['schemas']['Execution'];
export type EmbedWorkflowRun = WorkflowRun<EmbedWorkflowExecution>;

export interface EmbedWorkflowRunOptions extends RunOptions {
  /** The user the workflow is executed for; left out, Embed Workflow uses `main`. */
  userKey?: string;
  /** Which kind of identifier `workflowId` is; left out, Embed Workflow reads it as the workflow's `id`. */
  idType?: string;
}

// Omitting resume and cancel (rather than leaving them optional) makes calling them a compile error.
export interface EmbedWorkflowProvider
  extends Omit<WorkflowProvider<EmbedWorkflowExecution>, 'resume' | 'cancel' | 'run'> {
  readonly vendor: 'embedworkflow';
  readonly capabilities: { resume: false; cancel: false; idempotency: false };
  /**
   * Executes the workflow with `input` as its `execution_data`. `user_key` and `id_type` are
   * sent only when given, so Embed Workflow's own defaults (`main`, `id`) apply otherwise.
   */
  run(workflowId: string, input?: Record<string, unknown>, options?: EmbedWorkflowRunOptions): Promise<EmbedWorkflowRun>;
}

const capabilities = { resume: false, cancel: false, idempotency: false } as const satisfies ProviderCapabilities;

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

function isExecution(body: unknown): body is EmbedWorkflowExecution {
  return isRecord(body) && typeof body.id === 'string' && typeof body.status === 'string';
}

/** Embed Workflow behind the common `WorkflowProvider` interface. */
export function createEmbedWorkflowProvider(options: EmbedWorkflowClientOptions = {}): EmbedWorkflowProvider {
  const { client, callInit } = createVendorRuntime<paths>(embedWorkflowDefinition, options);
  return {
    vendor: 'embedworkflow',
    capabilities,
    async run(workflowId, input, runOptions = {}) {
      const executionData = checkRunInput('embedworkflow', input);
      const { userKey, idType } = runOptions;
      const { data } = await client.POST('/workflows/{id}/execute', {
        params: { path: { id: workflowId } },
        body: {
          execution_data: executionData,
          ...(userKey !== undefined ? { user_key: userKey } : {}),
          ...(idType !== undefined ? { id_type: idType } : {}),
        },
        ...callInit(runOptions),
      });
      const raw = expectShape('embedworkflow', data, isExecution, '`id` and `status`');
      return {
        vendor: 'embedworkflow',
        workflowId,
        runId: raw.id,
        ...normalizeStatus(embedWorkflowStatuses, raw.status),
        raw,
      };
    },
  };
}

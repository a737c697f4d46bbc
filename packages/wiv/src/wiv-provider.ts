import {
  checkRunInput,
  createVendorRuntime,
  expectShape,
  isRecord,
  type ProviderCapabilities,
  type RunOptions,
  type WorkflowProvider,
  type WorkflowRun,
  waitForRun,
} from '@workflow-clients/core';
import type { components, paths } from './generated/openapi.js';
import { wivDefinition, type WivClientOptions } from './wiv-client.js';

export type WivRunResponse = components['schemas']['RunWorkflowResponse'];
export type WivRun = WorkflowRun<WivRunResponse>;

// Omitting resume, cancel and getRun (rather than leaving them optional) makes calling them a compile error.
export interface WivProvider extends Omit<WorkflowProvider<WivRunResponse>, 'resume' | 'cancel' | 'run' | 'getRun'> {
  readonly vendor: 'wiv';
  readonly capabilities: { resume: false; cancel: false; idempotency: false; getRun: false };
  run(workflowId: string, input?: Record<string, unknown>, options?: RunOptions): Promise<WivRun>;
}

const capabilities = { resume: false, cancel: false, idempotency: false, getRun: false } as const satisfies ProviderCapabilities;

function isRunResponse(body: unknown): body is WivRunResponse {
  return isRecord(body) && isRecord(body.data) && typeof body.data.execution_id === 'string';
}

/** Wiv behind the common `WorkflowProvider` interface. */
export function createWivProvider(options: WivClientOptions = {}): WivProvider {
  const { client, callInit } = createVendorRuntime<paths>(wivDefinition, options);
  return {
    vendor: 'wiv',
    capabilities,
    async run(workflowId, input, runOptions = {}) {
      const payload = checkRunInput('wiv', input);
      const { data } = await client.POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: workflowId } },
        body: { payload },
        ...callInit(runOptions),
      });
      const raw = expectShape('wiv', data, isRunResponse, '`data.execution_id`');
      // The trigger was accepted; Wiv offers no way to follow the run from here.
      return { vendor: 'wiv', workflowId, runId: raw.data.execution_id, status: 'queued', raw };
    },
    // Wiv documents no endpoint to read a run, so a queued run cannot be followed: not_supported.
    waitForRun: (run, waitOptions) => waitForRun('wiv', undefined, run, waitOptions),
  };
}

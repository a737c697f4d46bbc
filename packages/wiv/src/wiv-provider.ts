import {
  checkRunInput,
  createVendorRuntime,
  expectAnswer,
  type ProviderCapabilities,
  type RunOptions,
  type WorkflowProvider,
  type WorkflowRun,
  waitWithoutPolling,
} from '@workflow-clients/core';
import { runWorkflowAnswer } from './generated/answer-shapes.js';
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

/** Wiv behind the common `WorkflowProvider` interface. */
export function createWivProvider(options: WivClientOptions = {}): WivProvider {
  const { client, callInit } = createVendorRuntime<paths>(wivDefinition, options);
  return {
    vendor: 'wiv',
    capabilities,
    async run(workflowId, input, runOptions = {}) {
      const payload = checkRunInput('wiv', input);
      const raw = expectAnswer(
        await client.POST('/workflows/{workflow_id}/run', {
          params: { path: { workflow_id: workflowId } },
          body: { payload },
          ...callInit(runOptions),
        }),
        runWorkflowAnswer,
      );
      // The trigger was accepted; Wiv offers no way to follow the run from here.
      return { vendor: 'wiv', workflowId, runId: raw.data.execution_id, status: 'queued', raw };
    },
    // Wiv documents no endpoint to read a run, so a queued run cannot be followed: not_supported.
    waitForRun: (run, waitOptions) => waitWithoutPolling('wiv', run, waitOptions),
  };
}

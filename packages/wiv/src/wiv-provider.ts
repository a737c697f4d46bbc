import type { CallOptions, WaitOptions, WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { createVendorRuntime, expectAnswer, settledOnlyWaiter } from '@workflow-clients/core/internal';
import { runWorkflowAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';
import { type WivClientOptions, wivDefinition } from './wiv-client.js';

export type WivRunResponse = components['schemas']['RunWorkflowResponse'];
export type WivRun = WorkflowRun<WivRunResponse, 'wiv'>;

// Omitting resume, cancel and getRun (rather than leaving them optional) makes calling them a compile error.
export interface WivProvider
  extends Omit<
    WorkflowProvider<WivRunResponse, WivRunResponse, 'wiv'>,
    'resume' | 'cancel' | 'run' | 'getRun' | 'waitForRun'
  > {
  readonly vendor: 'wiv';
  readonly capabilities: typeof wivDefinition.capabilities;
  run(workflowId: string, input?: Record<string, unknown>, options?: CallOptions): Promise<WivRun>;
  /** Wiv cannot read a run back: a run it has accepted cannot be followed, so this rejects with `not_supported`. */
  waitForRun(run: WorkflowRun<unknown, 'wiv'>, options?: WaitOptions<WivRunResponse>): Promise<WivRun>;
}

/** Wiv behind the common `WorkflowProvider` interface. */
export function createWivProvider(options: WivClientOptions = {}): WivProvider {
  const { vendor, client, call, input } = createVendorRuntime<paths, typeof wivDefinition>(wivDefinition, options);
  return {
    vendor: vendor.slug,
    capabilities: vendor.capabilities,
    async run(workflowId, runInput, runOptions = {}) {
      const payload = input(runInput);
      const raw = expectAnswer(
        await client.POST('/workflows/{workflow_id}/run', {
          params: { path: { workflow_id: workflowId } },
          body: { payload },
          ...call(runOptions),
        }),
        runWorkflowAnswer,
      );
      // The trigger was accepted; Wiv offers no way to follow the run from here.
      return { vendor: vendor.slug, workflowId, runId: raw.data.execution_id, status: 'queued', raw };
    },
    // Wiv documents no endpoint to read a run, so a queued run cannot be followed: not_supported.
    waitForRun: settledOnlyWaiter<WivRun>(vendor),
  };
}

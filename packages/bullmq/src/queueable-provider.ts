import type { ProviderCapabilities, WorkflowRun } from '@workflow-clients/core';

/**
 * What a run queue needs of a provider: any vendor's, from its package or from the facade's
 * `createWorkflowClient`. Where the vendor reads runs back, its handles follow a run from a token.
 */
export interface QueueableProvider {
  readonly vendor: string;
  readonly capabilities: ProviderCapabilities;
  run(
    workflowId: string,
    input?: Record<string, unknown>,
    options?: { idempotencyKey?: string | undefined; maxRetries?: number | undefined },
  ): Promise<WorkflowRun>;
  handle?(runOrToken: WorkflowRun | string): {
    status(options?: { totalTimeoutMs?: number | undefined; maxRetries?: number | undefined }): Promise<WorkflowRun>;
    cancel?(): Promise<WorkflowRun>;
    toString(): string;
  };
}

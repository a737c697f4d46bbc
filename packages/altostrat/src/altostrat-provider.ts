import {
  WorkflowApiError,
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
import { altostratDefinition, type AltostratClientOptions } from './altostrat-client.js';

export type AltostratRunResponse = components['schemas']['WorkflowRun'];
export type AltostratRun = WorkflowRun<AltostratRunResponse>;

export interface AltostratProvider extends Omit<WorkflowProvider<AltostratRunResponse>, 'resume' | 'cancel' | 'run'> {
  readonly vendor: 'altostrat';
  readonly capabilities: { resume: false; cancel: false; idempotency: true };
  /** Queues a run. The idempotency key is the caller's, or one generated for this call. */
  run(workflowId: string, input?: Record<string, unknown>, options?: RunOptions): Promise<AltostratRun>;
}

const capabilities = { resume: false, cancel: false, idempotency: true } as const satisfies ProviderCapabilities;

export const altostratStatuses: StatusTable = {
  pending: 'queued',
  running: 'running',
  completed: 'succeeded',
  failed: 'failed',
  awaiting_ui_interaction: 'waiting_for_input',
};

// The spec types the header `format: uuid`; a key Altostrat would reject is refused here.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRunResponse(body: unknown): body is AltostratRunResponse {
  return isRecord(body) && typeof body.id === 'string' && typeof body.status === 'string';
}

function idempotencyKeyFor(options: RunOptions): string {
  if (options.idempotencyKey === undefined) return globalThis.crypto.randomUUID();
  if (!UUID.test(options.idempotencyKey)) {
    throw new WorkflowApiError({
      vendor: 'altostrat',
      code: 'invalid_input',
      message: 'Altostrat idempotency keys are UUIDs (e.g. from crypto.randomUUID()); the key given is not one.',
    });
  }
  return options.idempotencyKey;
}

/** Altostrat behind the common `WorkflowProvider` interface. */
export function createAltostratProvider(options: AltostratClientOptions = {}): AltostratProvider {
  const { client, callInit } = createVendorRuntime<paths>(altostratDefinition, options);
  return {
    vendor: 'altostrat',
    capabilities,
    async run(workflowId, input = {}, runOptions = {}) {
      // One key per run, generated before the first attempt: every retry replays it.
      const idempotencyKey = idempotencyKeyFor(runOptions);
      const { data } = await client.POST('/workflows/{workflowId}/execute', {
        params: { path: { workflowId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { context: input },
        ...callInit(runOptions),
      });
      const raw = expectShape('altostrat', data, isRunResponse, '`id` and `status`');
      const run: AltostratRun = {
        vendor: 'altostrat',
        workflowId,
        runId: raw.id,
        ...normalizeStatus(altostratStatuses, raw.status),
        raw,
      };
      if (raw.error_message) run.error = raw.error_message;
      return run;
    },
  };
}

import {
  createVendorRuntime,
  expectShape,
  isRecord,
  type ProviderCapabilities,
  type RunOptions,
  type WorkflowProvider,
  type WorkflowRun,
} from '@workflow-clients/core';
import type { components, paths } from './generated/openapi.js';
import { aiTutorDefinition, type AiTutorClientOptions } from './aitutor-client.js';

export type AiTutorRunResponse = components['schemas']['RunWorkflowResponse'];

/** What an AI Tutor run produced: the text, and the web sources when the model searched. */
export interface AiTutorOutput {
  text: string;
  /** Empty when the model did not search the web, and on cached results. */
  citations: string[];
}

export type AiTutorRun = WorkflowRun<AiTutorRunResponse> & { output: AiTutorOutput; status: 'succeeded' };

export interface AiTutorProvider extends Omit<WorkflowProvider<AiTutorRunResponse>, 'resume' | 'cancel' | 'run'> {
  readonly vendor: 'aitutor';
  readonly capabilities: { resume: false; cancel: false; idempotency: false };
  /** Runs synchronously: the promise settles when the text is complete. */
  run(workflowId: string, input?: Record<string, unknown>, options?: RunOptions): Promise<AiTutorRun>;
}

const capabilities = { resume: false, cancel: false, idempotency: false } as const satisfies ProviderCapabilities;

function isRunResponse(body: unknown): body is AiTutorRunResponse {
  return isRecord(body) && typeof body.result === 'string';
}

// The rate-limit headers come only with fresh results; an absent or garbled one stays absent.
function headerCount(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** AI Tutor behind the common `WorkflowProvider` interface. */
export function createAiTutorProvider(options: AiTutorClientOptions = {}): AiTutorProvider {
  const { client, callInit } = createVendorRuntime<paths>(aiTutorDefinition, options);
  return {
    vendor: 'aitutor',
    capabilities,
    async run(workflowId, input = {}, runOptions = {}) {
      const { data, response } = await client.POST('/api/v1/run/{workflow_id}', {
        params: { path: { workflow_id: workflowId } },
        body: input,
        ...callInit(runOptions),
      });
      const raw = expectShape('aitutor', data, isRunResponse, '`result`');
      const run: AiTutorRun = {
        vendor: 'aitutor',
        workflowId,
        status: 'succeeded',
        output: { text: raw.result, citations: raw.citations ?? [] },
        raw,
      };
      const limit = headerCount(response.headers, 'x-ratelimit-limit');
      const remaining = headerCount(response.headers, 'x-ratelimit-remaining');
      if (limit !== undefined || remaining !== undefined) {
        run.rateLimit = {};
        if (limit !== undefined) run.rateLimit.limit = limit;
        if (remaining !== undefined) run.rateLimit.remaining = remaining;
      }
      return run;
    },
  };
}

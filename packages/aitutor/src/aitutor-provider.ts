import type { CallOptions, WaitOptions, WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import {
  createVendorRuntime,
  expectAnswer,
  rateLimitFromHeaders,
  settledOnlyWaiter,
} from '@workflow-clients/core/internal';
import { type AiTutorClientOptions, aiTutorDefinition } from './aitutor-client.js';
import { type AiTutorStreamOptions, type AiTutorTextStream, openStream } from './aitutor-stream.js';
import { runWorkflowAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';

export type AiTutorRunResponse = components['schemas']['RunWorkflowResponse'];

/** What an AI Tutor run produced: the text, and the web sources the model used. */
export interface AiTutorOutput {
  /** The complete generated text (`result`). */
  text: string;
  /**
   * The web sources the model used; `[]` when it did not search the web, and on cached
   * results, which omit them. Always an array, so callers need no presence check.
   */
  citations: string[];
}

/**
 * A finished AI Tutor run. The call is synchronous, so the run has always succeeded by the
 * time it is returned, and AI Tutor names no run id.
 */
export interface AiTutorRun extends WorkflowRun<AiTutorRunResponse, 'aitutor'> {
  vendor: 'aitutor';
  // An AI Tutor run has no id. `never`, not `undefined`, so the type still extends WorkflowRun
  // for users who compile with exactOptionalPropertyTypes.
  runId?: never;
  status: 'succeeded';
  output: AiTutorOutput;
}

// Omitting resume and cancel (rather than leaving them optional) makes calling them a compile error.
export interface AiTutorProvider
  extends Omit<
    WorkflowProvider<AiTutorRunResponse, AiTutorRunResponse, 'aitutor'>,
    'resume' | 'cancel' | 'run' | 'getRun' | 'waitForRun'
  > {
  readonly vendor: 'aitutor';
  readonly capabilities: typeof aiTutorDefinition.capabilities;
  /**
   * Runs the workflow with its text sent as it is generated: fetches a single-use token with
   * the secret key, then streams with the token alone.
   */
  stream(
    workflowId: string,
    input?: Record<string, unknown>,
    options?: AiTutorStreamOptions,
  ): Promise<AiTutorTextStream>;
  /** A run is finished when `run` returns it, so this returns it as it is. */
  waitForRun(run: WorkflowRun<unknown, 'aitutor'>, options?: WaitOptions<AiTutorRunResponse>): Promise<AiTutorRun>;
  /** Runs the workflow and settles once its text is complete, after up to 300 s. */
  run(workflowId: string, input?: Record<string, unknown>, options?: CallOptions): Promise<AiTutorRun>;
}

/** AI Tutor behind the common `WorkflowProvider` interface. */
export function createAiTutorProvider(options: AiTutorClientOptions = {}): AiTutorProvider {
  const runtime = createVendorRuntime<paths, typeof aiTutorDefinition>(aiTutorDefinition, options);
  const { vendor, client, call, input } = runtime;
  return {
    vendor: vendor.slug,
    capabilities: vendor.capabilities,
    async run(workflowId, runInput, runOptions = {}) {
      const answer = await client.POST('/api/v1/run/{workflow_id}', {
        params: { path: { workflow_id: workflowId } },
        body: input(runInput),
        ...call(runOptions),
      });
      // Checks every field the run is built from, so a malformed `citations` cannot slip into `output`.
      const raw = expectAnswer(answer, runWorkflowAnswer);
      const run: AiTutorRun = {
        vendor: vendor.slug,
        workflowId,
        status: 'succeeded',
        output: { text: raw.result, citations: raw.citations ?? [] },
        raw,
      };
      const rateLimit = rateLimitFromHeaders(answer.response.headers, vendor.rateLimitHeaders);
      if (rateLimit) run.rateLimit = rateLimit;
      return run;
    },
    // A run is never returned unfinished, so there is nothing to poll; the options are still
    // checked, so a bad one fails here as it would for any other vendor.
    waitForRun: settledOnlyWaiter<AiTutorRun>(vendor),
    stream: (workflowId, streamInput, streamOptions) => openStream(runtime, workflowId, streamInput, streamOptions),
  };
}

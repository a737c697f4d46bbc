import type {
  RunHandle,
  RunListing,
  RunOptions,
  WaitOptions,
  WorkflowProvider,
  WorkflowRun,
} from '@workflow-clients/core';
import {
  createVendorRuntime,
  expectAnswer,
  normalizeStatus,
  otherRunThan,
  pollingWaiter,
  rateLimitFromHeaders,
  runHandles,
  runListing,
  type StatusTableFor,
} from '@workflow-clients/core/internal';
import { type AltostratClientOptions, altostratDefinition } from './altostrat-client.js';
import {
  executeWorkflowAnswer,
  getWorkflowRunAnswer,
  listWorkflowExecutionsAnswer,
} from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';

export type AltostratRunResponse = components['schemas']['WorkflowRun'];
export type AltostratRun = WorkflowRun<AltostratRunResponse, 'altostrat'> & {
  /** The `Idempotency-Key` the run was queued with (on what `run` returns): repeat with it, and Altostrat answers with this run. */
  idempotencyKey?: string | undefined;
};
export type AltostratRunPage = components['schemas']['WorkflowRunPage'];

export interface AltostratRunOptions extends RunOptions {
  /**
   * A UUID naming this execution, such as one from `crypto.randomUUID()`. Altostrat answers a
   * repeat within 24 hours with the first request's original result (its run, or its error),
   * never a second run. Left out, `run` generates
   * one per call; pass your own to make a `run` that you repeat yourself (after a crash, from
   * a job queue) just as safe.
   */
  idempotencyKey?: string | undefined;
}

// Omitting resume and cancel (rather than leaving them optional) makes calling them a compile error.
export interface AltostratProvider
  extends Omit<
    WorkflowProvider<AltostratRunResponse, AltostratRunResponse, 'altostrat'>,
    'resume' | 'cancel' | 'run' | 'getRun' | 'waitForRun'
  > {
  readonly vendor: 'altostrat';
  readonly capabilities: typeof altostratDefinition.capabilities;
  /** Queues a run; failed attempts are retried with the same idempotency key. */
  run(workflowId: string, input?: Record<string, unknown>, options?: AltostratRunOptions): Promise<AltostratRun>;
  /** The run as it stands now, with the logs of the steps it has executed. */
  getRun(workflowId: string, runId: string, options?: RunOptions): Promise<AltostratRun>;
  waitForRun(
    run: WorkflowRun<unknown, 'altostrat'>,
    options?: WaitOptions<AltostratRunResponse>,
  ): Promise<AltostratRun>;
  /**
   * A handle on a run, from the run or from its token (`String(handle)`), in this process or
   * another: its status, a wait, and its updates. The token keeps the run's idempotency key.
   */
  handle(runOrToken: WorkflowRun<unknown, 'altostrat'> | string): RunHandle<AltostratRun>;
  /**
   * The workflow's runs (its executions), page after page until `links.next` is null; stop
   * iterating to stop fetching. `pages()` gives Altostrat's own pages.
   */
  listRuns(workflowId: string, options?: RunOptions): RunListing<AltostratRun, AltostratRunPage>;
}

/** Altostrat's run statuses (the spec's `RunStatus`) in the common words. */
export const altostratStatuses = {
  pending: 'queued',
  running: 'running',
  completed: 'succeeded',
  failed: 'failed',
  awaiting_ui_interaction: 'waiting_for_input',
} as const satisfies StatusTableFor<AltostratRunResponse['status']>;

// `components.parameters.IdempotencyKey.schema.pattern` in the spec: the canonical UUID form.
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

function toRun(workflowId: string, raw: AltostratRunResponse, headers?: Headers): AltostratRun {
  const run: AltostratRun = {
    vendor: altostratDefinition.slug,
    workflowId,
    runId: raw.id,
    ...normalizeStatus(altostratStatuses, raw.status),
    raw,
  };
  if (typeof raw.error_message === 'string' && raw.error_message) run.error = raw.error_message;
  const rateLimit = headers && rateLimitFromHeaders(headers, altostratDefinition.rateLimitHeaders);
  if (rateLimit) run.rateLimit = rateLimit;
  return run;
}

/** Altostrat behind the common `WorkflowProvider` interface. */
export function createAltostratProvider(options: AltostratClientOptions = {}): AltostratProvider {
  const { vendor, client, call, refuse, input, own } = createVendorRuntime<paths, typeof altostratDefinition>(
    altostratDefinition,
    options,
  );

  function idempotencyKeyFor(runOptions: AltostratRunOptions): string {
    // Only the caller's own: a key inherited from a polluted Object.prototype would make every
    // run after the first return the first one.
    const key: unknown = own(runOptions).idempotencyKey;
    if (key === undefined) return globalThis.crypto.randomUUID();
    if (typeof key === 'string' && UUID.test(key)) return key;
    const given = typeof key === 'string' ? JSON.stringify(key.slice(0, 80)) : typeof key;
    throw refuse(`Altostrat idempotency keys are UUIDs such as crypto.randomUUID() makes; got ${given}.`);
  }

  async function getRun(workflowId: string, runId: string, runOptions: RunOptions = {}): Promise<AltostratRun> {
    const answer = await client.GET('/workflows/runs/{runId}', { params: { path: { runId } }, ...call(runOptions) });
    const raw = expectAnswer(answer, getWorkflowRunAnswer, (read) => otherRunThan(runId, read.id));
    return toRun(workflowId, raw, answer.response.headers);
  }

  const waitForRun = pollingWaiter(vendor, getRun);
  return {
    vendor: vendor.slug,
    capabilities: vendor.capabilities,
    async run(workflowId, runInput, runOptions = {}) {
      const context = input(runInput);
      // Chosen once, before the first attempt: every retry of this run replays the same key.
      const idempotencyKey = idempotencyKeyFor(runOptions);
      const answer = await client.POST('/workflows/{workflowId}/execute', {
        params: { path: { workflowId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { context },
        ...call(runOptions),
      });
      const run = toRun(workflowId, expectAnswer(answer, executeWorkflowAnswer), answer.response.headers);
      run.idempotencyKey = idempotencyKey;
      return run;
    },
    getRun,
    waitForRun,
    handle: runHandles(vendor, { getRun }, { workflowId: vendor.pathPatterns.workflowId }),
    listRuns(workflowId, runOptions) {
      return runListing(
        vendor,
        {
          fetch: (page, pageOptions) =>
            client.GET('/workflows/{workflowId}/executions', {
              params: { path: { workflowId }, query: { page } },
              ...call(pageOptions),
            }),
          shape: listWorkflowExecutionsAnswer,
          items: (body) => body.data,
          id: (run: AltostratRunResponse) => run.id,
          number: (body) => body.meta.current_page,
          isLast: (body) => body.links.next === null || body.meta.current_page >= body.meta.last_page,
        },
        (raw) => toRun(workflowId, raw),
        runOptions,
      );
    },
  };
}

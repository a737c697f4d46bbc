/** Where a run stands, in the same words for every vendor. */
export type WorkflowRunStatus = 'queued' | 'running' | 'waiting_for_input' | 'succeeded' | 'failed' | 'cancelled';

/** One run of a workflow, normalized across vendors; `raw` keeps the vendor's own answer. */
export interface WorkflowRun<Raw = unknown, Vendor extends string = string> {
  /** The vendor's slug, e.g. `wiv`. */
  vendor: Vendor;
  workflowId: string;
  /** The vendor's id for this run; absent where the vendor runs synchronously and names none. */
  runId?: string | undefined;
  status: WorkflowRunStatus;
  /** The vendor's own status word, kept as it was sent. */
  vendorStatus?: string | undefined;
  output?: unknown;
  error?: string | undefined;
  rateLimit?: { limit?: number | undefined; remaining?: number | undefined } | undefined;
  /** The vendor's response body, typed by its spec. */
  raw: Raw;
}

declare const notOffered: unique symbol;

/**
 * The type of an option a vendor does not take: no value has it, so passing one is a compile
 * error, and the error names the reason (`Type 'string' is not assignable to type
 * 'NotOffered<"this vendor does not deduplicate runs by idempotency key">'`).
 */
// A string no string is (a brand), so that options offering it still fit where a string is taken.
export type NotOffered<Why extends string> = string & { readonly [notOffered]: Why };

/** The options of every call to a vendor that does not deduplicate runs by key. */
export interface CallOptions {
  /** Aborts the call; the promise then rejects with code `aborted`. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call: the bound on each attempt. */
  timeoutMs?: number | undefined;
  /**
   * Overrides the client's `totalTimeoutMs` for this call: the bound on the call as a whole,
   * its attempts and the pauses between them together. A listing's bound runs from its first
   * page's request to its last page's answer.
   */
  totalTimeoutMs?: number | undefined;
  /**
   * Overrides the client's `maxRetries` for this call: 0 for a caller that retries on its own
   * terms (a queue that pauses its whole fleet for a 429, rather than one call holding a slot).
   */
  maxRetries?: number | undefined;
  /**
   * Not offered: this vendor does not deduplicate runs by key, so no key could make a repeat
   * safe. Typed so that passing one is a compile error that says so, rather than a refusal at
   * run time.
   */
  idempotencyKey?: NotOffered<'this vendor does not deduplicate runs by idempotency key'> | undefined;
}

/** The options of a call, where the vendor may deduplicate runs by key (`capabilities.idempotency`). */
export interface RunOptions extends Omit<CallOptions, 'idempotencyKey'> {
  /** Only where `capabilities.idempotency` is true: the key that makes retries safe. */
  idempotencyKey?: string | undefined;
}

export interface ProviderCapabilities {
  /** The provider can continue a run that waits for input. */
  resume: boolean;
  /** The vendor has an endpoint to read a run back, so `getRun` exists and `waitForRun` polls. */
  getRun: boolean;
  /** The provider can cancel a run. */
  cancel: boolean;
  /** The vendor deduplicates by idempotency key, so failed attempts are retried safely. */
  idempotency: boolean;
  /**
   * How long the vendor remembers an idempotency key, in ms, where it says: a repeat after that
   * may start a second run. A queue that resends a start with its stored key minds it.
   */
  idempotencyWindowMs?: number | undefined;
  /**
   * A run has finished by the time `run` returns: its answer is the result (AI Tutor). So
   * `waitForRun` returns it as it is, though the vendor cannot read a run back.
   */
  settlesOnReturn: boolean;
}

/**
 * The one interface every vendor is offered behind. `Raw` types the vendor's answer to a run,
 * `StatusRaw` its answer to reading a run back, where that is a different document, and
 * `Vendor` its slug, which every run it returns carries and every run it takes must carry.
 */
export interface WorkflowProvider<Raw = unknown, StatusRaw = Raw, Vendor extends string = string> {
  /** The vendor's slug, e.g. `wiv`. */
  readonly vendor: Vendor;
  readonly capabilities: ProviderCapabilities;
  run(workflowId: string, input?: Record<string, unknown>, options?: RunOptions): Promise<WorkflowRun<Raw, Vendor>>;
  resume?(
    workflowId: string,
    runId: string,
    input?: Record<string, unknown>,
    options?: RunOptions,
  ): Promise<WorkflowRun<Raw, Vendor>>;
  cancel?(workflowId: string, runId: string, options?: RunOptions): Promise<WorkflowRun<Raw, Vendor>>;
  /** The run as it stands now. Only where `capabilities.getRun` is true. */
  getRun?(workflowId: string, runId: string, options?: RunOptions): Promise<WorkflowRun<StatusRaw, Vendor>>;
  /**
   * Resolves once the run has settled: succeeded, failed, cancelled, or waiting for input
   * (nothing changes by polling a run that waits for someone). A run that has already settled
   * comes back at once; a vendor that cannot read a run back rejects with `not_supported`. A run
   * of another vendor does not compile (and is `invalid_input` from plain JavaScript).
   */
  waitForRun(
    run: WorkflowRun<unknown, Vendor>,
    options?: WaitOptions<Raw | StatusRaw>,
  ): Promise<WorkflowRun<Raw | StatusRaw, Vendor>>;
}

export interface WaitOptions<Raw = unknown> {
  /** The first pause between polls, in ms; each pause after it is 1.5 times longer, up to 30 s. Default 1000. */
  intervalMs?: number | undefined;
  /** How long to wait in all, in ms, before rejecting with `timeout`. Default 600000 (10 minutes). */
  timeoutMs?: number | undefined;
  /** Stops waiting; the promise rejects with `aborted`. */
  signal?: AbortSignal | undefined;
  /** Told about the run after every poll, settled or not. */
  onProgress?: ((run: WorkflowRun<Raw>) => void) | undefined;
}

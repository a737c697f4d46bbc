import type { VendorSlug } from './vendors.js';

/** Where a run stands, in the same words for every vendor. */
export type WorkflowRunStatus =
  | 'queued'
  | 'running'
  | 'waiting_for_input'
  | 'succeeded'
  | 'failed'
  | 'cancelled';

/** One run of a workflow, normalized across vendors; `raw` keeps the vendor's own answer. */
export interface WorkflowRun<Raw = unknown> {
  vendor: VendorSlug;
  workflowId: string;
  /** The vendor's id for this run; absent where the vendor runs synchronously and names none. */
  runId?: string;
  status: WorkflowRunStatus;
  /** The vendor's own status word, kept as it was sent. */
  vendorStatus?: string;
  output?: unknown;
  error?: string;
  rateLimit?: { limit?: number; remaining?: number };
  /** The vendor's response body, typed by its spec. */
  raw: Raw;
}

export interface RunOptions {
  /** Aborts the call; the promise then rejects with code `aborted`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call, per attempt. */
  timeoutMs?: number;
  /** Only where `capabilities.idempotency` is true: the key that makes retries safe. */
  idempotencyKey?: string;
}

export interface ProviderCapabilities {
  /** The provider can continue a run that waits for input. */
  resume: boolean;
  /** The provider can cancel a run. */
  cancel: boolean;
  /** The vendor deduplicates by idempotency key, so failed attempts are retried safely. */
  idempotency: boolean;
}

/** The one interface every vendor is offered behind. */
export interface WorkflowProvider<Raw = unknown> {
  readonly vendor: VendorSlug;
  readonly capabilities: ProviderCapabilities;
  run(workflowId: string, input?: Record<string, unknown>, options?: RunOptions): Promise<WorkflowRun<Raw>>;
  resume?(
    workflowId: string,
    runId: string,
    input?: Record<string, unknown>,
    options?: RunOptions,
  ): Promise<WorkflowRun<Raw>>;
  cancel?(workflowId: string, runId: string, options?: RunOptions): Promise<WorkflowRun<Raw>>;
}

/** Options every vendor's `create<Vendor>Client` and `create<Vendor>Provider` take. */
export interface ClientOptions {
  /** The vendor credential; defaults to the vendor's environment variable, e.g. `WIV_API_KEY`. */
  apiKey?: string;
  /** Server URL; defaults to the spec's first server. */
  baseUrl?: string;
  /**
   * A `fetch` implementation; defaults to `globalThis.fetch`. It is always called with a
   * single `Request`, so a function of `(request: Request) => Promise<Response>` is enough.
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Per request and per attempt, in milliseconds. */
  timeoutMs?: number;
  /** Extra attempts where the retry policy allows one. Defaults to 2. */
  maxRetries?: number;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Permit `http:` to a host that is not loopback. Off by default. */
  allowInsecureHttp?: boolean;
}

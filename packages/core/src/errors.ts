export type WorkflowErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'payment_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation_failed'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'unexpected_response'
  /** The vendor's API has no endpoint for what was asked, such as reading a Wiv run back. */
  | 'not_supported';

/** The fields of a `WorkflowApiError`, already scrubbed of every credential. */
export interface WorkflowApiErrorInit {
  /** The vendor's slug, e.g. `wiv`. */
  vendor: string;
  code: WorkflowErrorCode;
  message: string;
  status?: number;
  retryable?: boolean;
  retryAfterMs?: number;
  requestId?: string;
  body?: unknown;
  cause?: unknown;
  idempotencyKey?: string;
  mayHaveStarted?: boolean;
}

const FIXED_FIELDS = [
  'vendor',
  'code',
  'status',
  'retryable',
  'retryAfterMs',
  'requestId',
  'body',
  'idempotencyKey',
  'mayHaveStarted',
] as const;

/** Freezes a parsed body and everything in it; it is JSON this package parsed, so its depth is bounded. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

// The brand every copy of this class shares: a program may load our ESM and CJS builds side
// by side, or two installed copies of core, and an error from one must be recognised by all.
const BRAND = Symbol.for('workflow-clients.WorkflowApiError');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * The one error every client and provider throws. Core's error factory builds each one, and
 * scrubs every credential from what it is given first, so no later formatting can leak one.
 */
export class WorkflowApiError extends Error {
  override readonly name = 'WorkflowApiError';
  /** The slug of the vendor the call was to, e.g. `wiv`. */
  readonly vendor: string;
  readonly code: WorkflowErrorCode;
  readonly status?: number;
  /**
   * True when repeating the same call cannot start a second run and may succeed. Where the
   * error carries an `idempotencyKey`, "the same call" means one that passes that key.
   */
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  /** The vendor's `x-request-id`, to quote to its support. */
  readonly requestId?: string;
  /** The parsed error body (JSON where it parsed, else text), or a preview of an unexpected one. */
  readonly body?: unknown;
  /** The idempotency key the failed call sent: pass it again to repeat the call safely. */
  readonly idempotencyKey?: string;
  /**
   * The request may have reached a vendor that does not deduplicate it, so the workflow may be
   * running: repeating the call could start it twice.
   */
  readonly mayHaveStarted: boolean;

  constructor(init: WorkflowApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.vendor = init.vendor;
    this.code = init.code;
    this.retryable = init.retryable ?? false;
    this.mayHaveStarted = init.mayHaveStarted ?? false;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.body !== undefined) this.body = deepFreeze(init.body);
    if (init.idempotencyKey !== undefined) this.idempotencyKey = init.idempotencyKey;
    // What the caller decides on (`code`, `retryable`, `mayHaveStarted`) is the same error a hook
    // or a logger is handed: none of them can change it for the caller after the fact.
    for (const field of FIXED_FIELDS) {
      if (Object.hasOwn(this, field)) Object.defineProperty(this, field, { writable: false, configurable: false });
    }
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass keeps the ordinary check; the brand only widens this class's own.
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` was asked about, a subclass included
    if (this !== WorkflowApiError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isWorkflowApiError(value);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vendor: this.vendor,
      code: this.code,
      status: this.status,
      retryable: this.retryable,
      mayHaveStarted: this.mayHaveStarted,
      idempotencyKey: this.idempotencyKey,
      retryAfterMs: this.retryAfterMs,
      requestId: this.requestId,
      body: this.body,
    };
  }

  [inspectSymbol](): string {
    const cause = this.cause instanceof Error ? `\n  [cause]: ${this.cause.name}: ${this.cause.message}` : '';
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${JSON.stringify(this.toJSON(), null, 2)}${cause}`;
  }
}

Object.defineProperty(WorkflowApiError.prototype, BRAND, { value: true });

/** True for an error from any copy or build of this package: ESM or CJS, one install or two. */
export function isWorkflowApiError(value: unknown): value is WorkflowApiError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/** The code for a non-2xx status. Statuses with no entry here are `unexpected_response`. */
export function errorCodeForStatus(status: number): WorkflowErrorCode {
  if (status === 400 || status === 422) return 'validation_failed';
  if (status === 401) return 'unauthorized';
  if (status === 402) return 'payment_required';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500 && status <= 599) return 'server_error';
  return 'unexpected_response';
}

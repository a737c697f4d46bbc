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
export interface WorkflowApiErrorInit<Code extends WorkflowErrorCode = WorkflowErrorCode> {
  /** The vendor's slug, e.g. `wiv`. */
  vendor: string;
  code: Code;
  message: string;
  status?: number | undefined;
  retryable?: boolean | undefined;
  retryAfterMs?: number | undefined;
  requestId?: string | undefined;
  body?: unknown;
  cause?: unknown;
  idempotencyKey?: string | undefined;
  mayHaveStarted?: boolean | undefined;
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
 * Each code has a subclass (`RateLimitedError` for `rate_limited`, …) that types the fields the
 * code guarantees; `isWorkflowApiError` narrows to their union, which `error.code` narrows further.
 */
export class WorkflowApiError<Code extends WorkflowErrorCode = WorkflowErrorCode> extends Error {
  override readonly name = 'WorkflowApiError';
  /** The slug of the vendor the call was to, e.g. `wiv`. */
  readonly vendor: string;
  readonly code: Code;
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

  constructor(init: WorkflowApiErrorInit<Code>) {
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
    // By brand, and for a code's subclass by code too, so that an error built by another copy
    // of this package (or by `new WorkflowApiError`) is recognised; any other subclass keeps
    // the ordinary check. `this` is the class `instanceof` was asked about.
    // biome-ignore lint/complexity/noThisInStatic: the class asked about, a subclass included
    if (this === WorkflowApiError) return isWorkflowApiError(value);
    // biome-ignore lint/complexity/noThisInStatic: the class asked about, a subclass included
    const code = codeOfClass.get(this);
    if (code !== undefined) return isWorkflowApiError(value) && codeOf(value) === code;
    // biome-ignore lint/complexity/noThisInStatic: the class asked about, a subclass included
    return Function.prototype[Symbol.hasInstance].call(this, value);
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

/**
 * True for an error from any copy or build of this package: ESM or CJS, one install or two. It
 * narrows to the union of the codes' subclasses, so `error.code === 'rate_limited'` then types
 * the error as a `RateLimitedError`.
 */
export function isWorkflowApiError(value: unknown): value is WorkflowApiErrorFor {
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

/** Refused before anything was sent: nothing reached the vendor, and repeating the call as it is fails again. */
export class InvalidInputError extends WorkflowApiError<'invalid_input'> {
  declare readonly status?: never;
  declare readonly retryable: false;
  declare readonly mayHaveStarted: false;
}
/** 401: the credential is missing, malformed or refused. */
export class UnauthorizedError extends WorkflowApiError<'unauthorized'> {
  declare readonly status: 401;
}
/** 402: the vendor wants payment (a plan's quota, an unpaid account). */
export class PaymentRequiredError extends WorkflowApiError<'payment_required'> {
  declare readonly status: 402;
}
/** 403: the credential may not do this. */
export class ForbiddenError extends WorkflowApiError<'forbidden'> {
  declare readonly status: 403;
}
/** 404: no such workflow or run, or none this credential can see. */
export class NotFoundError extends WorkflowApiError<'not_found'> {
  declare readonly status: 404;
}
/** 409: the request conflicts with the run's state, such as resuming a run that is not waiting. */
export class ConflictError extends WorkflowApiError<'conflict'> {
  declare readonly status: 409;
}
/** 400 or 422: the vendor refused the request's content; `body` says why, where it did. */
export class ValidationFailedError extends WorkflowApiError<'validation_failed'> {
  declare readonly status: 400 | 422;
}
/**
 * 429: the vendor's rate limit was reached (after the client's own retries, if any).
 * `retryAfterMs` is the pause the vendor asked for, where it sent a `Retry-After`.
 */
export class RateLimitedError extends WorkflowApiError<'rate_limited'> {
  declare readonly status: 429;
}
/** A 5xx from the vendor (after the client's own retries, where they were safe). */
export class ServerError extends WorkflowApiError<'server_error'> {
  declare readonly status: number;
}
/** An attempt or the whole call ran out of time (or the vendor answered 408); `mayHaveStarted` says whether a run may exist. */
export class TimeoutError extends WorkflowApiError<'timeout'> {}
/** The caller's signal aborted the call or the wait. */
export class AbortedError extends WorkflowApiError<'aborted'> {}
/** The connection failed before an answer arrived; `mayHaveStarted` says whether the request may have reached the vendor. */
export class NetworkError extends WorkflowApiError<'network'> {}
/** An answer the spec does not allow: an undefined status, a redirect, or a 2xx whose body breaks its schema. */
export class UnexpectedResponseError extends WorkflowApiError<'unexpected_response'> {}
/** The vendor's API has no endpoint for what was asked, such as reading a Wiv run back. Nothing was sent. */
export class NotSupportedError extends WorkflowApiError<'not_supported'> {
  declare readonly status?: never;
}

/**
 * An error's code as an own data property, which every error built by any copy of this package
 * has; read without running a getter, so that `instanceof` on a forged look-alike cannot throw.
 */
function codeOf(error: object): unknown {
  try {
    return Object.getOwnPropertyDescriptor(error, 'code')?.value;
  } catch {
    // A Proxy's trap: not an error this package built.
    return undefined;
  }
}

/** The subclass of each code. */
export interface WorkflowApiErrorByCode {
  invalid_input: InvalidInputError;
  unauthorized: UnauthorizedError;
  payment_required: PaymentRequiredError;
  forbidden: ForbiddenError;
  not_found: NotFoundError;
  conflict: ConflictError;
  validation_failed: ValidationFailedError;
  rate_limited: RateLimitedError;
  server_error: ServerError;
  timeout: TimeoutError;
  aborted: AbortedError;
  network: NetworkError;
  unexpected_response: UnexpectedResponseError;
  not_supported: NotSupportedError;
}

/**
 * The error of one code (`WorkflowApiErrorFor<'rate_limited'>` is `RateLimitedError`), or
 * without one the union of them all, which a check of `code` narrows.
 */
export type WorkflowApiErrorFor<Code extends WorkflowErrorCode = WorkflowErrorCode> = WorkflowApiErrorByCode[Code];

const classOfCode: {
  [Code in WorkflowErrorCode]: new (
    init: WorkflowApiErrorInit<Code>,
  ) => WorkflowApiErrorByCode[Code];
} = {
  invalid_input: InvalidInputError,
  unauthorized: UnauthorizedError,
  payment_required: PaymentRequiredError,
  forbidden: ForbiddenError,
  not_found: NotFoundError,
  conflict: ConflictError,
  validation_failed: ValidationFailedError,
  rate_limited: RateLimitedError,
  server_error: ServerError,
  timeout: TimeoutError,
  aborted: AbortedError,
  network: NetworkError,
  unexpected_response: UnexpectedResponseError,
  not_supported: NotSupportedError,
};
const codeOfClass = new Map<unknown, WorkflowErrorCode>(
  Object.entries(classOfCode).map(([code, errorClass]) => [errorClass, code as WorkflowErrorCode]),
);

/** The error of `init.code`, as its subclass: how the error factory builds every error. */
export function workflowApiError<Code extends WorkflowErrorCode>(
  init: WorkflowApiErrorInit<Code>,
): WorkflowApiErrorFor<Code> {
  const ErrorOfCode = classOfCode[init.code] as new (init: WorkflowApiErrorInit<Code>) => WorkflowApiErrorFor<Code>;
  return new ErrorOfCode(init);
}

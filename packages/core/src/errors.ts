import { redactText, redactValue } from './redact.js';
import { VENDOR_NAMES, type VendorSlug } from './vendors.js';

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

export interface WorkflowApiErrorInit {
  vendor: VendorSlug;
  code: WorkflowErrorCode;
  message: string;
  status?: number;
  retryable?: boolean;
  retryAfterMs?: number;
  requestId?: string;
  body?: unknown;
  cause?: unknown;
  /** Values scrubbed from the message, the body and the cause before they are stored. Never kept. */
  secrets?: readonly string[];
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * The one error every client and provider throws. Its message, stack, body and cause are
 * scrubbed of the credential when the error is built, so no later formatting can leak it.
 */
export class WorkflowApiError extends Error {
  override readonly name = 'WorkflowApiError';
  readonly vendor: VendorSlug;
  readonly code: WorkflowErrorCode;
  readonly status?: number;
  /** True when trying again cannot run the workflow twice and may succeed. */
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  /** The vendor's `x-request-id`, to quote to its support. */
  readonly requestId?: string;
  /** The parsed error body (JSON where it parsed, else text). */
  readonly body?: unknown;

  constructor(init: WorkflowApiErrorInit) {
    const secrets = init.secrets ?? [];
    super(
      redactText(init.message, secrets),
      init.cause === undefined ? undefined : { cause: sanitizeCause(init.cause, secrets) },
    );
    this.vendor = init.vendor;
    this.code = init.code;
    this.retryable = init.retryable ?? false;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.requestId !== undefined) this.requestId = redactText(init.requestId, secrets);
    if (init.body !== undefined) this.body = redactValue(init.body, secrets);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vendor: this.vendor,
      code: this.code,
      status: this.status,
      retryable: this.retryable,
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

export function isWorkflowApiError(value: unknown): value is WorkflowApiError {
  return value instanceof WorkflowApiError;
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

/** A short human reason from an error body, in the shapes vendors use. */
export function describeErrorBody(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 200) || undefined;
  if (body === null || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'error', 'detail', 'error_message']) {
    const value = record[key];
    if (typeof value === 'string' && value) return value.slice(0, 200);
  }
  if (Array.isArray(record.detail)) {
    const messages = record.detail
      .map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>).msg : undefined))
      .filter((msg): msg is string => typeof msg === 'string');
    if (messages.length) return messages.join('; ').slice(0, 200);
  }
  return undefined;
}

export function vendorName(vendor: VendorSlug): string {
  return VENDOR_NAMES[vendor];
}

// A cause can carry anything (a URL, a header value); keep its name, code and scrubbed message only.
function sanitizeCause(cause: unknown, secrets: readonly string[]): unknown {
  if (!(cause instanceof Error)) return typeof cause === 'string' ? redactText(cause, secrets) : undefined;
  const clean = new Error(redactText(cause.message, secrets));
  clean.name = cause.name;
  clean.stack = `${clean.name}: ${clean.message}`;
  const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') Object.assign(clean, { code });
  return clean;
}

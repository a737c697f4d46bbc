import { errorCodeForStatus, WorkflowApiError, type WorkflowErrorCode } from './errors.js';
import { parseJsonText } from './json-text.js';
import { credentialForms, redactText, redactValue } from './redact.js';
import {
  failedBeforeSending,
  networkErrorCode,
  type Outcome,
  outcomeOfStatus,
  parseRetryAfterMs,
  repeatability,
} from './retry-policy.js';
import type { VendorDefinition, VendorInfo } from './vendor-definition.js';

// The one place a WorkflowApiError is built. Whatever an answer or a failure carries (a body,
// a status text, a header, a cause's message) is scrubbed of every form of every credential in
// play before anything is cut short for a preview, so no cut can leave part of a secret behind.

/** How many characters of an answer an error quotes. */
export const PREVIEW_CHARS = 200;

/** The vendor an error names, and how to read the reason out of its error bodies. */
export type ErrorSource = VendorInfo & Pick<VendorDefinition, 'readError'>;

/** What every error of one call may need to know about it. */
export interface CallScope {
  vendor: ErrorSource;
  /** Every credential the call carries (the key, a stream token); read only when an error is built. */
  credentials(): readonly string[];
  /** The request only reads (GET, HEAD): repeating it cannot start anything. */
  read: boolean;
  /** Repeating the request cannot start a second run: a read, or one carrying the key the vendor deduplicates on. */
  replayable: boolean;
  /** The key the request sent in the vendor's idempotency header. */
  idempotencyKey?: string;
  /** The request was handed to `fetch`, so it may have reached the vendor. */
  sent?: boolean;
}

/** An answer as it arrived: what an error about it is read from. */
export interface AnswerFacts {
  status: number;
  statusText?: string;
  headers: Headers;
  text: string;
}

/** Cuts text to `limit` characters without splitting a surrogate pair. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function scoped(
  scope: CallScope,
  code: WorkflowErrorCode,
  outcome: Outcome,
  fields: {
    message: string;
    status?: number;
    requestId?: string;
    retryAfterMs?: number;
    body?: unknown;
    cause?: unknown;
  },
  forms: readonly string[],
): WorkflowApiError {
  return new WorkflowApiError({
    vendor: scope.vendor.slug,
    code,
    ...fields,
    message: redactText(fields.message, forms),
    ...(fields.cause !== undefined && { cause: sanitizeCause(fields.cause, forms) }),
    ...repeatability(scope, outcome),
    ...(scope.idempotencyKey !== undefined && { idempotencyKey: scope.idempotencyKey }),
  });
}

/** The reason an error body gives: the vendor's own reader for JSON, the text itself otherwise. */
function reasonIn(vendor: ErrorSource, body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  try {
    return vendor.readError?.(body) || undefined;
  } catch {
    // A reader meets whatever a server sends; a body it did not expect has no reason to give.
    return undefined;
  }
}

/** A header of the answer, scrubbed and cut short: a server decides what its headers hold. */
function headerOf(answer: AnswerFacts, name: string, forms: readonly string[]): string | undefined {
  const value = answer.headers.get(name);
  return value === null ? undefined : clip(redactText(value, forms), PREVIEW_CHARS);
}

/**
 * The error for an answer that is not a 2xx: its status mapped to a code, its body parsed,
 * its request id, its Retry-After and a short reason, every one of them scrubbed.
 */
export function errorFromAnswer(scope: CallScope, answer: AnswerFacts): WorkflowApiError {
  const forms = credentialForms(scope.credentials());
  const { status } = answer;
  const { name } = scope.vendor;
  const text = redactText(answer.text, forms);
  const parsed = parseJsonText(text);
  const body = parsed.ok ? redactValue(parsed.value, forms) : text ? clip(text, PREVIEW_CHARS) : undefined;
  const defined = status >= 100 && status <= 599;
  const code = defined ? errorCodeForStatus(status) : 'unexpected_response';
  const requestId = headerOf(answer, 'x-request-id', forms);
  const retryAfterMs = parseRetryAfterMs(answer.headers.get('retry-after'));
  const statusText = clip(redactText(answer.statusText ?? '', forms), 100);
  const reason = !defined
    ? 'a status HTTP does not define'
    : status >= 300 && status < 400
      ? `a redirect to ${headerOf(answer, 'location', forms) ?? 'an unnamed location'}, which is not followed so the credential stays with ${name}`
      : reasonIn(scope.vendor, body);
  return scoped(
    scope,
    code,
    outcomeOfStatus(status),
    {
      status,
      ...(requestId !== undefined && { requestId }),
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      ...(body !== undefined && { body }),
      message:
        `${name} answered ${status}${statusText ? ` ${statusText}` : ''} (${code})` +
        (reason ? `: ${clip(reason, PREVIEW_CHARS)}` : '') +
        (requestId ? ` [request id ${requestId}]` : ''),
    },
    forms,
  );
}

/**
 * The error for a 2xx that is not what the spec promises (`problem` says how): not JSON, nested
 * too deep, or without the fields its schema requires. It quotes the start of the body as a
 * preview, cut after the body was scrubbed.
 */
export function unexpectedAnswer(
  scope: CallScope,
  answer: Pick<AnswerFacts, 'status' | 'headers' | 'text'>,
  problem: string,
): WorkflowApiError {
  const forms = credentialForms(scope.credentials());
  const preview = clip(redactText(answer.text, forms), PREVIEW_CHARS);
  const requestId = headerOf(answer, 'x-request-id', forms);
  return scoped(
    scope,
    'unexpected_response',
    'delivered',
    {
      status: answer.status,
      ...(requestId !== undefined && { requestId }),
      body: preview,
      message: `${scope.vendor.name} answered ${answer.status} with ${problem}${preview.trim() ? `: ${JSON.stringify(preview)}` : ''}`,
    },
    forms,
  );
}

/** The error for an answer larger than the client reads, or one its Content-Encoding cannot decode. */
export function unreadableAnswer(
  scope: CallScope,
  answer: Pick<AnswerFacts, 'status' | 'headers'>,
  problem: string,
): WorkflowApiError {
  const forms = credentialForms(scope.credentials());
  const requestId = headerOf(answer as AnswerFacts, 'x-request-id', forms);
  return scoped(
    scope,
    'unexpected_response',
    outcomeOfStatus(answer.status),
    {
      status: answer.status,
      ...(requestId !== undefined && { requestId }),
      message: `${scope.vendor.name} answered ${answer.status} with ${problem}`,
    },
    forms,
  );
}

/** The error for a call that got no answer in time (`timeout`), or none at all (`network`). */
export function failedCall(
  scope: CallScope,
  failure: { timedOutAfterMs: number } | { cause: unknown },
): WorkflowApiError {
  const forms = credentialForms(scope.credentials());
  const { name } = scope.vendor;
  if ('timedOutAfterMs' in failure) {
    return scoped(
      scope,
      'timeout',
      'transient',
      { message: `${name} did not answer within ${failure.timedOutAfterMs} ms.` },
      forms,
    );
  }
  const { cause } = failure;
  const code = networkErrorCode(cause);
  return scoped(
    scope,
    'network',
    failedBeforeSending(cause) ? 'unsent' : 'transient',
    {
      cause,
      message: `Could not reach ${name}${code ? ` (${code})` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`,
    },
    forms,
  );
}

/** The error for a call the caller aborted. */
export function abortedCall(
  scope: CallScope,
  reason: unknown,
  what = `The call to ${scope.vendor.name}`,
): WorkflowApiError {
  return scoped(
    scope,
    'aborted',
    'delivered',
    { cause: reason, message: `${what} was aborted by the caller.` },
    credentialForms(scope.credentials()),
  );
}

/** The error for a streamed answer that stopped: cut off (`network`) or silent too long (`timeout`). */
export function brokenStream(
  scope: CallScope,
  failure: { receivedBytes: number; cause: unknown } | { idleMs: number },
): WorkflowApiError {
  const forms = credentialForms(scope.credentials());
  const { name } = scope.vendor;
  if ('idleMs' in failure) {
    return scoped(
      scope,
      'timeout',
      'delivered',
      { message: `The ${name} stream sent nothing for ${failure.idleMs} ms, so it was closed.` },
      forms,
    );
  }
  return scoped(
    scope,
    'network',
    'delivered',
    {
      cause: failure.cause,
      message: `The ${name} stream was cut off after ${failure.receivedBytes} bytes; it cannot be resumed.`,
    },
    forms,
  );
}

/** Input refused before anything was sent. */
export function invalidInput(vendor: VendorInfo, message: string, cause?: unknown): WorkflowApiError {
  return new WorkflowApiError({
    vendor: vendor.slug,
    code: 'invalid_input',
    message,
    ...(cause !== undefined && { cause: sanitizeCause(cause, []) }),
  });
}

/**
 * An error no answer or credential went into: a wait that ran out of time or was aborted, a
 * listing that stopped, an operation the vendor does not have.
 */
export function plainError(
  vendor: VendorInfo,
  code: WorkflowErrorCode,
  message: string,
  cause?: unknown,
): WorkflowApiError {
  return new WorkflowApiError({
    vendor: vendor.slug,
    code,
    message,
    ...(cause !== undefined && { cause: sanitizeCause(cause, []) }),
  });
}

// A cause can carry anything (a URL, a header value); keep its name, code and scrubbed message only.
function sanitizeCause(cause: unknown, forms: readonly string[]): unknown {
  if (cause instanceof WorkflowApiError) return cause;
  if (!(cause instanceof Error)) return typeof cause === 'string' ? redactText(cause, forms) : undefined;
  const clean = new Error(redactText(cause.message, forms));
  clean.name = cause.name;
  clean.stack = `${clean.name}: ${clean.message}`;
  const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') Object.assign(clean, { code });
  return clean;
}

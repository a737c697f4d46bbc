import { parseJsonText } from '../utils/json-text.js';
import { type CredentialPattern, credentialPattern, redactText, redactValue } from '../utils/redact.js';
import type { VendorDefinition, VendorInfo } from '../vendor/vendor-definition.js';
import {
  failedBeforeSending,
  networkErrorCode,
  type Outcome,
  outcomeOfStatus,
  parseRetryAfterMs,
  repeatability,
} from './retry-policy.js';
import {
  errorCodeForStatus,
  type InvalidInputError,
  WorkflowApiError,
  type WorkflowApiErrorFor,
  type WorkflowErrorCode,
  workflowApiError,
} from './workflow-api-error.js';

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
  /** The status of the answer last received. */
  status?: number;
  /** The caller checks a 2xx itself, and settles the call then (see CallOverrides.answerCheckedByCaller). */
  answerCheckedByCaller?: boolean;
  /**
   * Ends a call whose 2xx still had to pass its checks (a body its spec allows, a listing page
   * that moves on) or, for a stream, to be read to its end: with nothing when it passed, with the
   * error when it did not. The client's hooks and logger hear of such a call only then. Absent
   * when nobody listens; calling it more than once does nothing.
   */
  settle?: (error?: WorkflowApiError) => void;
}

/** Ends the call of `scope` (see `CallScope.settle`), and returns the error, if any, to throw. */
export function settleCall<E extends WorkflowApiError | undefined>(scope: CallScope, error?: E): E {
  scope.settle?.(error);
  return error as E;
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
  secrets: CredentialPattern,
): WorkflowApiErrorFor {
  return workflowApiError({
    vendor: scope.vendor.slug,
    code,
    ...fields,
    message: redactText(fields.message, secrets),
    ...(fields.cause !== undefined && { cause: sanitizeCause(fields.cause, secrets) }),
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
function headerOf(answer: AnswerFacts, name: string, secrets: CredentialPattern): string | undefined {
  const value = answer.headers.get(name);
  return value === null ? undefined : clip(redactText(value, secrets), PREVIEW_CHARS);
}

/**
 * The error for an answer that is not a 2xx: its status mapped to a code, its body parsed,
 * its request id, its Retry-After and a short reason, every one of them scrubbed.
 */
export function errorFromAnswer(scope: CallScope, answer: AnswerFacts): WorkflowApiErrorFor {
  const secrets = credentialPattern(scope.credentials());
  const { status } = answer;
  const { name } = scope.vendor;
  const text = redactText(answer.text, secrets);
  const parsed = parseJsonText(text);
  const body = parsed.ok ? redactValue(parsed.value, secrets) : text ? clip(text, PREVIEW_CHARS) : undefined;
  const defined = status >= 100 && status <= 599;
  const code = defined ? errorCodeForStatus(status) : 'unexpected_response';
  const requestId = headerOf(answer, 'x-request-id', secrets);
  const retryAfterMs = parseRetryAfterMs(answer.headers.get('retry-after'));
  const statusText = clip(redactText(answer.statusText ?? '', secrets), 100);
  const reason = !defined
    ? 'a status HTTP does not define'
    : status >= 300 && status < 400
      ? `a redirect to ${headerOf(answer, 'location', secrets) ?? 'an unnamed location'}, which is not followed so the credential stays with ${name}`
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
    secrets,
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
): WorkflowApiErrorFor {
  const secrets = credentialPattern(scope.credentials());
  const preview = clip(redactText(answer.text, secrets), PREVIEW_CHARS);
  const requestId = headerOf(answer, 'x-request-id', secrets);
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
    secrets,
  );
}

/** The error for an answer larger than the client reads, or one its Content-Encoding cannot decode. */
export function unreadableAnswer(
  scope: CallScope,
  answer: Pick<AnswerFacts, 'status' | 'headers'>,
  problem: string,
): WorkflowApiErrorFor {
  const secrets = credentialPattern(scope.credentials());
  const requestId = headerOf(answer as AnswerFacts, 'x-request-id', secrets);
  return scoped(
    scope,
    'unexpected_response',
    outcomeOfStatus(answer.status),
    {
      status: answer.status,
      ...(requestId !== undefined && { requestId }),
      message: `${scope.vendor.name} answered ${answer.status} with ${problem}`,
    },
    secrets,
  );
}

/**
 * The error for a call that got no answer in time (`timeout`: the attempt's `timeoutMs`, or the
 * whole call's `totalTimeoutMs` when `whole`), or none at all (`network`).
 */
export function failedCall(
  scope: CallScope,
  failure: { timedOutAfterMs: number; whole?: boolean } | { cause: unknown },
): WorkflowApiErrorFor {
  const secrets = credentialPattern(scope.credentials());
  const { name } = scope.vendor;
  if ('timedOutAfterMs' in failure) {
    const bound = failure.whole
      ? `the call's totalTimeoutMs (${failure.timedOutAfterMs} ms, attempts and pauses together)`
      : `${failure.timedOutAfterMs} ms`;
    return scoped(scope, 'timeout', 'transient', { message: `${name} did not answer within ${bound}.` }, secrets);
  }
  const { cause } = failure;
  const code = networkErrorCode(cause);
  const unsent = failedBeforeSending(cause);
  const detail = [code, innermostMessage(cause)].filter(Boolean).join(': ');
  return scoped(
    scope,
    'network',
    unsent ? 'unsent' : 'transient',
    {
      cause,
      // After sending, the server may well have been reached (an answer HTTP cannot read, such
      // as an unsolicited 100 Continue, or a connection cut): "could not reach" would mislead.
      message: unsent
        ? `Could not reach ${name}${detail ? ` (${detail})` : ''}.`
        : `The connection to ${name} failed after the request was sent${detail ? ` (${detail})` : ''}.`,
    },
    secrets,
  );
}

/** The message of the deepest cause: fetch says "fetch failed" and puts the reason in its cause. */
function innermostMessage(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause instanceof Error; depth++)
    current = current.cause;
  return current instanceof Error ? current.message : current === undefined ? undefined : String(current);
}

/** The error for a call the caller aborted. */
export function abortedCall(
  scope: CallScope,
  reason: unknown,
  what = `The call to ${scope.vendor.name}`,
): WorkflowApiErrorFor {
  return scoped(
    scope,
    'aborted',
    'delivered',
    { cause: reason, message: `${what} was aborted by the caller.` },
    credentialPattern(scope.credentials()),
  );
}

/**
 * The error for a streamed answer that stopped: cut off (`network`), silent too long or not
 * ended by the call's deadline (`timeout`).
 */
export function brokenStream(
  scope: CallScope,
  failure: { receivedBytes: number; cause: unknown } | { idleMs: number } | { totalMs: number },
): WorkflowApiErrorFor {
  const secrets = credentialPattern(scope.credentials());
  const { name } = scope.vendor;
  if ('totalMs' in failure) {
    return scoped(
      scope,
      'timeout',
      'delivered',
      {
        message: `The ${name} stream did not end within the call's totalTimeoutMs (${failure.totalMs} ms), so it was closed.`,
      },
      secrets,
    );
  }
  if ('idleMs' in failure) {
    return scoped(
      scope,
      'timeout',
      'delivered',
      { message: `The ${name} stream sent nothing for ${failure.idleMs} ms, so it was closed.` },
      secrets,
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
    secrets,
  );
}

/** Input refused before anything was sent. */
export function invalidInput(vendor: VendorInfo, message: string, cause?: unknown): InvalidInputError {
  return workflowApiError({
    vendor: vendor.slug,
    code: 'invalid_input',
    message,
    ...(cause !== undefined && { cause: sanitizeCause(cause, null) }),
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
): WorkflowApiErrorFor {
  return workflowApiError({
    vendor: vendor.slug,
    code,
    message,
    ...(cause !== undefined && { cause: sanitizeCause(cause, null) }),
  });
}

// A cause can carry anything (a URL, a header value); keep its name, code and scrubbed message only.
function sanitizeCause(cause: unknown, secrets: CredentialPattern): unknown {
  if (cause instanceof WorkflowApiError) return cause;
  if (!(cause instanceof Error)) return typeof cause === 'string' ? redactText(cause, secrets) : undefined;
  const clean = new Error(redactText(cause.message, secrets));
  clean.name = cause.name;
  clean.stack = `${clean.name}: ${clean.message}`;
  const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') Object.assign(clean, { code });
  return clean;
}
